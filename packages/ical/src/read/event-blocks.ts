/** One VEVENT of a calendar, as a span of the text. */
export interface EventBlock {
  /** Offset of its BEGIN:VEVENT line, and just past its END line's line break. */
  readonly from: number;
  readonly to: number;
  /** Physical line (1-based) of its BEGIN:VEVENT, for warnings. */
  readonly line: number;
  /** Which calendar holds it, in the order ical.js's tree lists calendars (document order). */
  readonly calendar: number;
}

/** The text cut in two: the VEVENTs of its calendars, and everything else (the "skeleton"). */
export interface CalendarOutline {
  readonly blocks: readonly EventBlock[];
  /** The text without those VEVENTs: calendar properties, VTIMEZONEs, other components. */
  readonly skeleton: string;
}

const SPACE = 32;
const TAB = 9;

/**
 * Finds the VEVENTs directly inside each calendar, so each one can go through `ICAL.parse` on its
 * own and be garbage before the next: ical.js's tree of a whole file is about nine times the
 * file's size, and holding it (plus a wrapper object per property) made a 50 MB feed cost 700 MB.
 *
 * Components are found as ical.js finds them (its `parse._eachLine`/`_handleContentLine`): a
 * logical line (folded continuations joined, RFC 5545 §3.1) whose name, before any ";", is BEGIN
 * or END in any case; the component name is the value in lower case, untrimmed; END closes the
 * innermost component whatever it names. "Calendars" are those fromICS reads: each top-level
 * component and each VCALENDAR nested in a calendar (libical's smallcluster.ics). checkLines has
 * already checked that BEGIN and END pair up, so this pass only records where things are.
 * One pass, O(length of the text).
 */
export function outlineCalendars(text: string): CalendarOutline {
  const blocks: EventBlock[] = [];
  const pieces: string[] = [];
  // For each open component: whether it is a calendar, and, for a VEVENT being cut out, its start.
  const open: { calendar: number; event: { from: number; line: number; parent: number } | null }[] =
    [];
  let calendars = 0;
  let kept = 0;
  let lineNo = 0;
  let pos = 0;
  const length = text.length;
  while (pos < length) {
    lineNo++;
    const start = pos;
    let end = text.indexOf("\n", pos);
    end = end === -1 ? length : end + 1;
    pos = end;
    const first = text.charCodeAt(start);
    // Only lines that may be BEGIN or END need reading: B, b, E, e.
    if (first !== 66 && first !== 98 && first !== 69 && first !== 101) continue;
    let line = text.slice(start, end);
    // A folded BEGIN or END (legal, if odd): join its continuations.
    while (pos < length) {
      const next = text.charCodeAt(pos);
      if (next !== SPACE && next !== TAB) break;
      let e = text.indexOf("\n", pos);
      e = e === -1 ? length : e + 1;
      line = stripBreak(line) + text.slice(pos + 1, e);
      pos = e;
      lineNo++;
    }
    line = stripBreak(line);
    const colon = line.indexOf(":");
    if (colon === -1) continue;
    const semicolon = line.indexOf(";");
    if (semicolon !== -1 && semicolon < colon) continue;
    const name = line.slice(0, colon).toLowerCase();
    if (name === "begin") {
      const component = line.slice(colon + 1).toLowerCase();
      const parent = open[open.length - 1];
      const parentCalendar = parent === undefined ? -1 : parent.calendar;
      const isCalendar = parent === undefined || (parentCalendar >= 0 && component === "vcalendar");
      if (parentCalendar >= 0 && parent!.event === null && component === "vevent") {
        open.push({ calendar: -1, event: { from: start, line: lineNo, parent: parentCalendar } });
      } else {
        open.push({ calendar: isCalendar ? calendars++ : -1, event: null });
      }
    } else if (name === "end") {
      const closed = open.pop();
      if (closed?.event != null) {
        blocks.push({
          from: closed.event.from,
          to: pos,
          line: closed.event.line,
          calendar: closed.event.parent,
        });
        pieces.push(text.slice(kept, closed.event.from));
        kept = pos;
      }
    }
  }
  if (kept === 0) return { blocks, skeleton: text };
  pieces.push(text.slice(kept));
  // ical.js lists calendars depth first, each one's events before a nested calendar's: group the
  // blocks by calendar (a stable sort keeps each calendar's own order).
  blocks.sort((a, b) => a.calendar - b.calendar);
  return { blocks, skeleton: pieces.join("") };
}

function stripBreak(line: string): string {
  let end = line.length;
  if (end > 0 && line.charCodeAt(end - 1) === 10) end--;
  if (end > 0 && line.charCodeAt(end - 1) === 13) end--;
  return end === line.length ? line : line.slice(0, end);
}
