import type { LocalClock } from "./local-clock.js";
import { dayMarker, type LocaleStyle, minuteParts, place, rangeText } from "./locale-style.js";

// Bidi isolates (UAX #9 §2.7): FSI … PDI keeps a line from reordering with the text around it,
// and keeps a label (which may be Latin, or an organiser's) from reordering with the times.
// The RLM after the outer FSI makes the line right-to-left even when everything else in it is
// digits and an isolated label, as in ar-MA with Latin digits.
const FSI = "\u2068";
const PDI = "\u2069";
const RLM = "\u200f";

/** One zone's line in a non-English locale (internal: labels chosen, clocks computed). */
export function localisedLine(
  chosenDash: string | undefined,
  style: LocaleStyle,
  start: LocalClock,
  end: LocalClock,
  startLabel: string,
  endLabel: string,
  dayShift: number,
  endWeekday: boolean,
): string {
  const label = (text: string) => (style.rtl ? `${FSI}${text}${PDI}` : text);
  let body: string;
  if (dayShift === 0 && !endWeekday && startLabel === endLabel) {
    // The common case: the locale's own range pattern, which may share a day period.
    body = place(
      style.zoneAffix,
      rangeText(style, start.minuteOfDay, end.minuteOfDay, chosenDash),
      label(endLabel),
    );
  } else {
    let first = minuteParts(style, start.minuteOfDay).text;
    if (dayShift !== 0) first = place(style.weekdayAffix, first, style.weekdays[start.weekday]!);
    let second = minuteParts(style, end.minuteOfDay).text;
    if (endWeekday) second = place(style.weekdayAffix, second, style.weekdays[end.weekday]!);
    // Across a DST change each end carries its own label, as in English.
    if (startLabel !== endLabel) first = place(style.zoneAffix, first, label(startLabel));
    body = `${first}${chosenDash ?? style.separator}${place(style.zoneAffix, second, label(endLabel))}`;
  }
  if (dayShift !== 0) body = `${body} (${dayMarker(style, dayShift)})`;
  return style.rtl ? rtlLine(body) : body;
}

/** A whole line of a right-to-left locale: isolated, and right-to-left even if all digits. */
export function rtlLine(body: string): string {
  return `${FSI}${RLM}${body}${PDI}`;
}
