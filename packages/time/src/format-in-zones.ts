import type { ErrorPath } from "@convening/core";
import { zoneOffsetTable } from "@convening/core";
import { canonicalZone } from "./canonical-zone.js";
import { InvalidTimeArgumentError } from "./errors.js";
import {
  autoLabel,
  checkRange,
  type FormatRangeOptions,
  formatLine,
  type ResolvedFormat,
  resolveFormat,
} from "./format-range.js";
import { guard } from "./guards.js";
import type { InstantInput } from "./instant.js";
import { localClock } from "./local-clock.js";
import { formatUtcOffset } from "./zone-abbreviation.js";
import { localisedOffsetAt } from "./zone-label.js";

/** A zone to show a time in: an IANA id, or `{ zone, label }` to set the label people see. */
export type DisplayZoneInput =
  | string
  | {
      /** IANA id (aliases are canonicalised), e.g. `"Africa/Nairobi"`. */
      readonly zone: string;
      /** Shown instead of the abbreviation (`"Nairobi"` gives `6:20p — 7:05p Nairobi`); must not be blank. */
      readonly label: string;
    };

/** A display zone checked once: canonical id and optional label. */
export interface ResolvedZone {
  readonly zone: string;
  readonly label: string | undefined;
}

export function resolveZones(
  zones: readonly DisplayZoneInput[],
  path: ErrorPath = ["zones"],
): ResolvedZone[] {
  const NON_EMPTY = "must be a non-empty array of zones";
  // Each entry read once; a hole is an entry (undefined), not skipped as `map` would skip it.
  const list = guard.array(zones, path, NON_EMPTY);
  if (list.length === 0) throw new InvalidTimeArgumentError(path, zones, NON_EMPTY);
  return list.map((entry, i) => {
    if (typeof entry === "object" && entry !== null) {
      const { zone, label } = guard.fields(entry, [...path, i], ["zone", "label"]);
      if (typeof label !== "string" || label.trim() === "") {
        throw new InvalidTimeArgumentError(
          [...path, i, "label"],
          label,
          "must be a non-empty string",
        );
      }
      return { zone: canonicalZone(zone, [...path, i, "zone"]), label };
    }
    return { zone: canonicalZone(entry, [...path, i]), label: undefined };
  });
}

/** Lines for checked input; `zones` resolved, `startMs <= endMs`. */
export function formatResolved(
  startMs: number,
  endMs: number,
  zones: readonly ResolvedZone[],
  format: ResolvedFormat,
): string[] {
  const referenceDays = localClock(zones[0]!.zone, startMs).days;
  // The same abbreviation for different offsets (IST in Kolkata and in Dublin, CST in Chicago
  // and Shanghai) would mislead side by side, so such lines also name the offset.
  let labels = zones.map((z) => z.label);
  if (zones.length > 1) {
    const seen = new Map<string, Set<number>>();
    const auto = zones.map((z) =>
      z.label === undefined ? autoLabel(format, z.zone, startMs) : undefined,
    );
    zones.forEach((z, i) => {
      const name = auto[i];
      if (name === undefined) return;
      const offsets = seen.get(name) ?? new Set<number>();
      offsets.add(zoneOffsetTable(z.zone).offsetAt(startMs));
      seen.set(name, offsets);
    });
    labels = zones.map((z, i) => {
      const name = auto[i];
      if (name === undefined || (seen.get(name)?.size ?? 0) < 2) return z.label;
      const offset = format.localised
        ? localisedOffsetAt(format.localised, z.zone, startMs)
        : formatUtcOffset(zoneOffsetTable(z.zone).offsetAt(startMs));
      return `${name} (${offset})`;
    });
  }
  return zones.map((z, i) =>
    formatLine(format, startMs, endMs, z.zone, labels[i], i === 0 ? undefined : referenceDays),
  );
}

/**
 * One line per zone for a time range, the way the seeds show a session:
 * `11:20a — 12:05p EDT`, `3:20p — 4:05p GMT`, `6:20p — 7:05p EAT`. Day markers are measured
 * from the first zone (`Wed 12:20a — 1:05a AEDT (+1 day)`); `{ zone, label }` entries show their
 * label instead of the abbreviation. When two zones share an abbreviation for different offsets
 * (IST in Kolkata and Dublin), those lines add the offset: `IST (UTC+5:30)`.
 *
 * @param zones - Display zones, first one leading (a convening's `displayZones`).
 * @throws {InvalidTimeArgumentError} for an end before the start or {@link MAX_RANGE_DAYS} (7)
 *   days or more after it: a line names the end's weekday, not its date.
 * @example
 * ```ts
 * formatInZones("2021-03-23T11:20:00-04:00", "2021-03-23T12:05:00-04:00", ["America/New_York", "Europe/London", "Africa/Nairobi"]);
 * // [ "11:20a — 12:05p EDT", "3:20p — 4:05p GMT", "6:20p — 7:05p EAT" ]
 * ```
 */
export function formatInZones(
  start: InstantInput,
  end: InstantInput,
  zones: readonly DisplayZoneInput[],
  options?: FormatRangeOptions,
): string[] {
  const resolved = resolveZones(zones);
  const format = resolveFormat(options);
  const [startMs, endMs] = checkRange(start, end);
  return formatResolved(startMs, endMs, resolved, format);
}
