import { isSafeId } from "@convening/schema";
import { ImportOptionsError } from "./errors.js";
import { ianaZone } from "./zone-resolver.js";

/** Options of {@link fromICS}. Every one is optional. */
export interface FromIcsOptions {
  /** The convening's id. Default: a slug of the calendar's name (X-WR-CALNAME, NAME), else `imported-calendar`. */
  id?: string;
  /** The convening's title. Default: the calendar's name, else "Imported calendar". */
  title?: string;
  /** The convening's zone when the file names none (no X-WR-TIMEZONE). Default: the zone most events use, else UTC. */
  timeZone?: string;
  /**
   * The zone floating times (no TZID, no Z; RFC 5545 §3.3.5) are meant in. Default: the file's
   * X-WR-TIMEZONE, else `timeZone`; with neither, fromICS throws {@link FloatingTimeError}.
   */
  floatingZone?: string;
  /** Start of the window rules a series cannot hold are expanded in (ISO instant or Date). Default: unbounded. */
  from?: string | Date;
  /** End of that window, exclusive. Default: unbounded for finite rules, a year after DTSTART for endless ones. */
  to?: string | Date;
}

/** The options checked, zones canonical, window in epoch ms. */
export interface ResolvedImportOptions {
  readonly id: string | undefined;
  readonly title: string | undefined;
  readonly timeZone: string | undefined;
  readonly floatingZone: string | undefined;
  readonly fromMs: number | undefined;
  readonly toMs: number | undefined;
}

const KNOWN = new Set(["id", "title", "timeZone", "floatingZone", "from", "to"]);

function zone(name: "timeZone" | "floatingZone", value: unknown): string | undefined {
  if (value === undefined) return undefined;
  const z = typeof value === "string" ? ianaZone(value) : undefined;
  if (z === undefined)
    throw new ImportOptionsError([name], value, "must be an IANA time zone such as Europe/Berlin");
  return z;
}

function instant(name: "from" | "to", value: unknown): number | undefined {
  if (value === undefined) return undefined;
  let ms = Number.NaN;
  try {
    ms =
      value instanceof Date
        ? value.getTime()
        : typeof value === "string"
          ? Date.parse(value)
          : Number.NaN;
  } catch {
    // A revoked Proxy or a Date subclass whose getTime throws: not an instant.
  }
  if (!Number.isFinite(ms))
    throw new ImportOptionsError([name], value, "must be an ISO 8601 instant or a Date");
  return ms;
}

/** The options as plain data, each read once: a getter or Proxy trap that throws is named. */
function snapshot(input: unknown): Record<string, unknown> {
  if (input === undefined) return {};
  if (typeof input !== "object" || input === null)
    throw new ImportOptionsError([], input, "must be an object");
  let keys: string[];
  try {
    if (Array.isArray(input)) throw new TypeError("an array");
    keys = Object.keys(input);
  } catch {
    throw new ImportOptionsError([], undefined, "must be a plain object whose keys can be listed");
  }
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    if (!KNOWN.has(key))
      throw new ImportOptionsError([key], undefined, "is not an option of fromICS");
    try {
      out[key] = (input as Record<string, unknown>)[key];
    } catch {
      throw new ImportOptionsError([key], undefined, "cannot be read (its getter throws)");
    }
  }
  return out;
}

/** Checks fromICS's options. */
export function resolveImportOptions(input: FromIcsOptions | undefined): ResolvedImportOptions {
  const options = snapshot(input) as FromIcsOptions;
  if (options.id !== undefined && (typeof options.id !== "string" || !isSafeId(options.id)))
    throw new ImportOptionsError(
      ["id"],
      options.id,
      "must be a slug of letters, digits, '.', '_' and '-'",
    );
  if (
    options.title !== undefined &&
    (typeof options.title !== "string" || options.title.trim() === "")
  )
    throw new ImportOptionsError(["title"], options.title, "must be a non-blank string");
  const fromMs = instant("from", options.from);
  const toMs = instant("to", options.to);
  if (fromMs !== undefined && toMs !== undefined && toMs <= fromMs)
    throw new ImportOptionsError(["to"], options.to, "must be after from");
  return {
    id: options.id,
    title: options.title,
    timeZone: zone("timeZone", options.timeZone),
    floatingZone: zone("floatingZone", options.floatingZone),
    fromMs,
    toMs,
  };
}
