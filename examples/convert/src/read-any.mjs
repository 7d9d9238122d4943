// Reads any supported format into a parsed convening, telling the formats apart by their shape:
// XML is frab's schedule.xml; JSON with `schedule` is frab/pretalx schedule.json or schedule v2;
// `sessions` + `rooms` + `speakers` is Sessionize's All Data; a list (or an API page) of talks is
// pretalx's API; anything else is a convening document for parseConvening.
import { fromFrabJson, fromFrabXml } from "@convening/formats/frab";
import { fromPretalxTalks } from "@convening/formats/pretalx";
import { fromSessionize } from "@convening/formats/sessionize";
import { parseConvening } from "@convening/schema";

/** `{ convening, warnings, format }` for the text of a file. */
export function readAny(text, { timeZone, domain } = {}) {
  const body = text.replace(/^\ufeff/, "");
  if (body.trimStart().startsWith("<")) {
    return { format: "frab-xml", ...fromFrabXml(body, { timeZone, domain }) };
  }
  const doc = JSON.parse(body);
  if (doc && typeof doc === "object" && "schedule" in doc) {
    return { format: "frab-json", ...fromFrabJson(doc, { timeZone, domain }) };
  }
  if (
    doc &&
    Array.isArray(doc.sessions) &&
    Array.isArray(doc.rooms) &&
    Array.isArray(doc.speakers)
  ) {
    return { format: "sessionize", ...fromSessionize(doc, { timeZone }) };
  }
  if (Array.isArray(doc) || (doc && Array.isArray(doc.results))) {
    return { format: "pretalx-talks", ...fromPretalxTalks(doc, { timeZone }) };
  }
  return { format: "convening", convening: parseConvening(doc), warnings: [] };
}
