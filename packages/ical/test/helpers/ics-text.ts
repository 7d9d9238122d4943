/** The content lines of iCalendar text, unfolded (RFC 5545 §3.1: CRLF followed by one space or tab). */
export function unfold(ics: string): string[] {
  return ics
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .filter((line) => line !== "");
}

/** The unfolded lines of each VEVENT, in order. */
export function vevents(ics: string): string[][] {
  const out: string[][] = [];
  let current: string[] | undefined;
  for (const line of unfold(ics)) {
    if (line === "BEGIN:VEVENT") current = [];
    else if (line === "END:VEVENT") {
      out.push(current!);
      current = undefined;
    } else if (current) current.push(line);
  }
  return out;
}

/** The lines of the VCALENDAR itself, before its first component. */
export function calendarLines(ics: string): string[] {
  const lines = unfold(ics);
  const first = lines.findIndex((l, i) => i > 0 && l.startsWith("BEGIN:"));
  return lines.slice(0, first === -1 ? lines.length : first);
}

/** The value of the first `NAME` or `NAME;…` line in `lines`. */
export function propertyValue(lines: readonly string[], name: string): string | undefined {
  const line = lines.find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
  if (line === undefined) return undefined;
  // The value starts at the first colon outside a quoted parameter.
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') quoted = !quoted;
    else if (line[i] === ":" && !quoted) return line.slice(i + 1);
  }
  return undefined;
}
