// Writes a parsed convening in the format asked for.
import { toFrabJson, toFrabXml, toScheduleV2 } from "@convening/formats/frab";
import { toJsonLd } from "@convening/formats/jsonld";
import { toICS } from "@convening/ical";

export const OUTPUTS = ["ics", "frab-xml", "frab-json", "schedule-v2", "jsonld"];

/** The text of `convening` in `format` (one of OUTPUTS). */
export function writeAny(convening, format, { domain } = {}) {
  const options = domain === undefined ? {} : { domain };
  switch (format) {
    case "ics":
      return toICS(convening, options);
    case "frab-xml":
      return toFrabXml(convening, options);
    case "frab-json":
      return `${JSON.stringify(toFrabJson(convening, options), null, 2)}\n`;
    case "schedule-v2":
      return `${JSON.stringify(toScheduleV2(convening, options), null, 2)}\n`;
    case "jsonld":
      return `${JSON.stringify(toJsonLd(convening), null, 2)}\n`;
    default:
      throw new Error(`--to must be one of ${OUTPUTS.join(", ")}; got ${JSON.stringify(format)}`);
  }
}
