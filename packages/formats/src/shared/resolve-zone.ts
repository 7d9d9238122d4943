// The zone an import reads local times in. The caller's `timeZone` wins (the organisers know
// their zone; pretalx has written `UTC` for events elsewhere). Otherwise the document's, when it
// is an IANA id; frab has written a city ("Berlin", frab #729), which is read as the one zone of
// that name, with a warning. Otherwise there is no safe guess: a typed error asks for the zone.

import { canonicalZone, supportedZones } from "@convening/time";
import { FormatOptionsError, TimeZoneRequiredError } from "../errors.js";
import type { Warnings } from "./finish-import.js";

type Path = readonly (string | number)[];

export function resolveZone(
  format: string,
  documentZone: unknown,
  documentPath: Path,
  optionZone: unknown,
  warnings: Warnings,
): string {
  const fromDocument = readZone(documentZone);
  if (optionZone !== undefined) {
    let zone: string;
    try {
      zone = canonicalZone(optionZone, ["timeZone"]);
    } catch {
      throw new FormatOptionsError(
        ["timeZone"],
        optionZone,
        "must be an IANA time zone such as Europe/Berlin",
      );
    }
    if (fromDocument !== undefined && fromDocument.zone !== zone) {
      warnings.add(
        documentPath,
        "zone_overridden",
        `the document says ${JSON.stringify(documentZone)}; read in ${zone} as the timeZone option says`,
      );
    }
    return zone;
  }
  if (fromDocument !== undefined) {
    if (fromDocument.guessed) {
      warnings.add(
        documentPath,
        "zone_guessed",
        `${JSON.stringify(documentZone)} is not an IANA zone; read as ${fromDocument.zone}`,
      );
    }
    return fromDocument.zone;
  }
  throw new TimeZoneRequiredError(
    format,
    [...documentPath],
    documentZone,
    typeof documentZone === "string" && documentZone.trim() !== ""
      ? `${JSON.stringify(documentZone)} is not an IANA zone`
      : "it names no zone",
  );
}

function readZone(value: unknown): { zone: string; guessed: boolean } | undefined {
  if (typeof value !== "string" || value.trim() === "") return undefined;
  try {
    return { zone: canonicalZone(value.trim()), guessed: false };
  } catch {
    const city = value
      .trim()
      .toLowerCase()
      .replace(/[\s_]+/g, " ");
    const matches = supportedZones().filter(
      (z) => z.split("/").at(-1)!.toLowerCase().replace(/_/g, " ") === city,
    );
    return matches.length === 1 ? { zone: matches[0]!, guessed: true } : undefined;
  }
}
