/** The content lines of iCalendar text, unfolded (RFC 5545 §3.1). */
export function unfold(ics: string): string[] {
  return ics
    .replace(/\r\n[ \t]/g, "")
    .split("\r\n")
    .filter((l) => l !== "");
}

/** The ATTENDEE lines of a calendar. */
export function attendeeLines(ics: string): string[] {
  return unfold(ics).filter((l) => l.startsWith("ATTENDEE"));
}

/** The value of the first line named `name` (no parameters). */
export function value(ics: string, name: string): string | undefined {
  return unfold(ics)
    .find((l) => l.startsWith(`${name}:`))
    ?.slice(name.length + 1);
}
