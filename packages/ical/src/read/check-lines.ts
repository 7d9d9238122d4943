import { IcsSyntaxError } from "./errors.js";

// A content line is `name *(";" param) ":" value` (RFC 5545 §3.1): a name of letters, digits and
// "-", then parameters whose quoted values may hold ":" and ";". An unquoted value may also hold a
// backslash and the character after it: RFC 5545 has no escapes in parameters, but Apple Calendar
// writes X-APPLE-STRUCTURED-LOCATION's X-TITLE that way ("Hauptstraße 1-5\; 4041 Linz", ical4j's
// apple-iphone-os-26-structured-location.ics), and ical.js, python-icalendar and libical all read it.
const CONTENT_LINE =
  /^[A-Za-z0-9-]+(?:;[A-Za-z0-9-]+=(?:"[^"]*"|(?:[^";:,\\]|\\.)*)(?:,(?:"[^"]*"|(?:[^";:,\\]|\\.)*))*)*:/;

/**
 * Checks the structure of the text before ical.js reads it, so every problem is reported with its
 * physical line: the first content line is BEGIN:VCALENDAR, every line is a content line or a
 * folded continuation (§3.1), and every BEGIN has its END in order (§3.4, §3.6). ical.js itself
 * reports none of these with a line number, and reads a truncated file without complaint.
 * One pass, O(length of the text).
 */
export function checkLines(text: string): void {
  const open: { name: string; line: number }[] = [];
  let seenCalendar = false;
  let logical = "";
  let logicalLine = 0;
  let lineNo = 0;
  let pos = 0;
  const flush = () => {
    if (logicalLine === 0) return;
    checkLogical(logical, logicalLine);
    logicalLine = 0;
  };
  const checkLogical = (line: string, at: number) => {
    if (!CONTENT_LINE.test(line)) {
      throw new IcsSyntaxError(at, line.slice(0, 80), 'is not a content line "NAME;PARAM=…:value"');
    }
    const colon = line.indexOf(":");
    const name = line.slice(0, colon).toUpperCase();
    if (name !== "BEGIN" && name !== "END") {
      if (!seenCalendar) throw notCalendar(at, line);
      return;
    }
    const component = line
      .slice(colon + 1)
      .trim()
      .toUpperCase();
    if (name === "BEGIN") {
      if (!seenCalendar && component !== "VCALENDAR") throw notCalendar(at, line);
      if (open.length === 0 && component !== "VCALENDAR") throw notCalendar(at, line);
      seenCalendar = true;
      open.push({ name: component, line: at });
      return;
    }
    const top = open.pop();
    if (top === undefined) throw new IcsSyntaxError(at, line, "END without a BEGIN");
    if (top.name !== component) {
      throw new IcsSyntaxError(
        at,
        line,
        `ends ${component} but ${top.name} (begun on line ${top.line}) is still open`,
      );
    }
  };
  while (pos < text.length || pos === 0) {
    lineNo++;
    let end = text.indexOf("\n", pos);
    if (end === -1) end = text.length;
    let line = text.slice(pos, end);
    if (line.endsWith("\r")) line = line.slice(0, -1);
    pos = end + 1;
    if (lineNo === 1 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    if (line.startsWith(" ") || line.startsWith("\t")) {
      if (logicalLine === 0) {
        throw new IcsSyntaxError(
          lineNo,
          line.slice(0, 80),
          "a folded continuation with no line before it",
        );
      }
      logical += line.slice(1);
    } else {
      flush();
      // Blank lines are not content lines, but Outlook and many generators end files with one;
      // every reader skips them.
      if (line.trim() !== "") {
        logical = line;
        logicalLine = lineNo;
      }
    }
    if (end >= text.length) break;
  }
  flush();
  if (!seenCalendar) throw notCalendar(1, text.slice(0, 80));
  const unclosed = open.pop();
  if (unclosed !== undefined) {
    throw new IcsSyntaxError(
      lineNo,
      `BEGIN:${unclosed.name}`,
      `the file is truncated: BEGIN:${unclosed.name} on line ${unclosed.line} never ends`,
    );
  }
}

function notCalendar(line: number, value: string): IcsSyntaxError {
  return new IcsSyntaxError(
    line,
    value.slice(0, 80),
    "an iCalendar file starts with BEGIN:VCALENDAR",
  );
}
