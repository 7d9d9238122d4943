// A strict reader of iCalendar text: what our output says by the letter of RFC 5545 (§3.1 content
// lines and folding, §3.2 parameters, §3.3.11 TEXT) and RFC 6868 (parameter value encoding).
// Everything it finds out of line is a problem of the writer; its reading is what every client
// should see, and its shape is the readers' (see read_many.py).

const utf8 = new TextEncoder();

// RFC 5545 §3.1: CONTROL = %x00-08 / %x0A-1F / %x7F; a value may hold HTAB but no other control.
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const NAME = /^[A-Za-z0-9-]+/;

/** TEXT values this package writes, as opposed to URIs, dates and enumerations. */
const TEXT_PROPERTIES = new Set([
  "SUMMARY",
  "DESCRIPTION",
  "LOCATION",
  "NAME",
  "X-WR-CALNAME",
  "X-WR-CALDESC",
  "TZNAME",
]);

/** RFC 6868: ^n is a line break, ^' a DQUOTE, ^^ a caret; any other caret stays as written. */
export function decodeParam(value) {
  return value.replace(/\^(\^|n|N|')/g, (_, c) => (c === "^" ? "^" : c === "'" ? '"' : "\n"));
}

/**
 * A TEXT value (RFC 5545 §3.3.11) decoded; `problems` collects what TEXT may not hold: a
 * backslash before anything but `\ ; , n N`, and an unescaped `;` or `,`.
 */
export function decodeText(value, problems, where) {
  let out = "";
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === "\\") {
      const next = value[i + 1];
      if (next === "n" || next === "N") out += "\n";
      else if (next === "\\" || next === ";" || next === ",") out += next;
      else {
        problems.push(
          `${where}: backslash before ${JSON.stringify(next ?? "end")} (RFC 5545 §3.3.11)`,
        );
        out += c;
        continue;
      }
      i++;
    } else {
      if (c === ";" || c === ",") problems.push(`${where}: unescaped ${JSON.stringify(c)} in TEXT`);
      out += c;
    }
  }
  return out;
}

/** A list of TEXT values separated by unescaped commas (CATEGORIES), each decoded. */
function decodeTextList(value, problems, where) {
  const parts = [];
  let current = "";
  for (let i = 0; i < value.length; i++) {
    if (value[i] === "\\" && i + 1 < value.length) {
      current += value.slice(i, i + 2);
      i++;
    } else if (value[i] === ",") {
      parts.push(current);
      current = "";
    } else current += value[i];
  }
  parts.push(current);
  return parts.map((p) => decodeText(p, problems, where));
}

/**
 * One unfolded content line: `{ name, params: [[NAME, [values]]], value }`, or a string saying
 * why it is not one (RFC 5545 §3.1: name *(";" param) ":" value; param values quoted or SAFE-CHAR).
 */
export function parseContentLine(line) {
  const name = NAME.exec(line)?.[0];
  if (name === undefined) return "no property name";
  let i = name.length;
  const params = [];
  while (line[i] === ";") {
    const pname = NAME.exec(line.slice(i + 1))?.[0];
    if (pname === undefined || line[i + 1 + pname.length] !== "=") return `bad parameter at ${i}`;
    i += pname.length + 2;
    const values = [];
    for (;;) {
      if (line[i] === '"') {
        const close = line.indexOf('"', i + 1);
        if (close === -1) return `unclosed quote at ${i}`;
        values.push(line.slice(i + 1, close));
        i = close + 1;
      } else {
        const m = /^[^";:,]*/.exec(line.slice(i))[0];
        values.push(m);
        i += m.length;
      }
      if (line[i] !== ",") break;
      i++;
    }
    params.push([pname.toUpperCase(), values]);
  }
  if (line[i] !== ":") return `no ":" after the parameters (at ${i})`;
  return { name: name.toUpperCase(), params, value: line.slice(i + 1) };
}

const signature = (prop) => [prop.name, ...prop.params.map(([n]) => n).sort()].join(";");
const param = (prop, name) => {
  const found = prop.params.find(([n]) => n === name);
  return found === undefined ? null : decodeParam(found[1].join(","));
};

/** Well-formedness of the physical text: CRLF endings, 75-octet lines, folds inside characters. */
function physicalProblems(ics, problems) {
  if (!ics.endsWith("\r\n")) problems.push("does not end with CRLF");
  if (/\r(?!\n)|(?<!\r)\n/.test(ics)) problems.push("a CR or LF outside a CRLF");
  const lines = ics.split("\r\n");
  lines.pop();
  lines.forEach((line, n) => {
    const octets = utf8.encode(line).length;
    if (octets > 75) problems.push(`line ${n + 1} has ${octets} octets (RFC 5545 §3.1: 75)`);
    if (LONE_SURROGATE.test(line)) problems.push(`line ${n + 1}: a fold splits a surrogate pair`);
    if (CONTROL.test(line)) problems.push(`line ${n + 1}: a control character`);
  });
}

/** The strict reading of `ics` (same shape as the readers') and the writer problems found. */
export function readStrict(ics) {
  const problems = [];
  physicalProblems(ics, problems);
  const unfolded = ics
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .filter((l) => l !== "");
  const components = [];
  const stack = [];
  const events = [];
  const calendar = { name: null, calname: null, caldesc: null };
  let event;
  for (const [n, line] of unfolded.entries()) {
    const prop = parseContentLine(line);
    if (typeof prop === "string") {
      problems.push(`content line ${n + 1}: ${prop}: ${JSON.stringify(line.slice(0, 80))}`);
      continue;
    }
    if (prop.name === "BEGIN") {
      const path = [...stack.map((c) => c.name), prop.value].join("/");
      const component = { name: prop.value, path, props: [] };
      stack.push(component);
      components.push(component);
      if (path === "VCALENDAR/VEVENT") {
        event = {
          uid: null,
          summary: null,
          description: null,
          location: null,
          categories: [],
          url: null,
          organizerCn: null,
          organizerAddress: null,
          attendeeCns: [],
          attendeeAddresses: [],
          conferenceLabels: [],
          alarmDescriptions: [],
          start: null,
          end: null,
        };
        events.push(event);
      }
      continue;
    }
    if (prop.name === "END") {
      const top = stack.pop();
      if (top?.name !== prop.value)
        problems.push(`END:${prop.value} closes ${top?.name ?? "nothing"}`);
      continue;
    }
    const top = stack[stack.length - 1];
    if (top === undefined) {
      problems.push(`${prop.name} outside any component`);
      continue;
    }
    top.props.push(signature(prop));
    for (const [pname, values] of prop.params) {
      if (values.some((v) => v.includes("\\")))
        problems.push(`${top.path}: ${prop.name};${pname}: a backslash in a parameter value`);
    }
    const where = `${top.path}: ${prop.name}`;
    const text = () => decodeText(prop.value, problems, where);
    if (top.path === "VCALENDAR") {
      if (prop.name === "NAME") calendar.name = text();
      if (prop.name === "X-WR-CALNAME") calendar.calname = text();
      if (prop.name === "X-WR-CALDESC") calendar.caldesc = text();
    } else if (top.path === "VCALENDAR/VEVENT") {
      if (prop.name === "UID") event.uid = prop.value;
      else if (prop.name === "SUMMARY") event.summary = text();
      else if (prop.name === "DESCRIPTION") event.description = text();
      else if (prop.name === "LOCATION") event.location = text();
      else if (prop.name === "CATEGORIES")
        event.categories.push(...decodeTextList(prop.value, problems, where));
      else if (prop.name === "URL") event.url = prop.value;
      else if (prop.name === "ORGANIZER") {
        event.organizerCn = param(prop, "CN");
        event.organizerAddress = prop.value;
      } else if (prop.name === "ATTENDEE") {
        event.attendeeCns.push(param(prop, "CN"));
        event.attendeeAddresses.push(prop.value);
      } else if (prop.name === "CONFERENCE") event.conferenceLabels.push(param(prop, "LABEL"));
    } else if (top.path === "VCALENDAR/VEVENT/VALARM" && prop.name === "DESCRIPTION") {
      event.alarmDescriptions.push(text());
    } else if (TEXT_PROPERTIES.has(prop.name)) {
      text();
    }
  }
  if (stack.length > 0) problems.push(`unclosed ${stack.map((c) => c.name).join("/")}`);
  const shaped = components.map(({ path, props }) => ({ path, props: props.sort() }));
  return {
    reading: { components: shaped, calendar, events, errors: [], xlic: [] },
    problems,
  };
}
