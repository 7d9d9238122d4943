import { contentLine, paramValue, uriValue } from "./content-line.js";
import { dialInText, type Place } from "./place.js";

/** A dial-in number as a `tel:` URI (RFC 3966 global number), or undefined when it has no digits. */
function telUri(number: string): string | undefined {
  const digits = number.replace(/[^0-9]/g, "");
  if (digits.length < 3 || digits.length > 20) return undefined;
  return `tel:${number.trim().startsWith("+") ? "+" : ""}${digits}`;
}

/**
 * RFC 7986 §5.11 CONFERENCE lines for a visible online room and its phone numbers. ical-generator
 * has no API for them, so they are written here: the URI raw (RFC 5545 §3.3.13 URI values are
 * not escaped), the label as a quoted, RFC 6868-encoded parameter.
 */
export function conferenceLines(place: Place): string[] {
  if (place.joinUrl === undefined) return [];
  const lines = [
    contentLine("CONFERENCE", uriValue(place.joinUrl), [
      "VALUE=URI",
      "FEATURE=AUDIO,VIDEO",
      ...(place.platform ? [`LABEL=${paramValue(place.platform)}`] : []),
    ]),
  ];
  for (const d of place.dialIn) {
    const uri = telUri(d.number);
    if (uri !== undefined) {
      lines.push(
        contentLine("CONFERENCE", uri, [
          "VALUE=URI",
          "FEATURE=PHONE",
          `LABEL=${paramValue(dialInText(d))}`,
        ]),
      );
    }
  }
  return lines;
}
