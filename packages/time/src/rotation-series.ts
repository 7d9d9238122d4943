import {
  DAY_MS,
  firstInstantAtOrAfterLocal,
  isLocalTime,
  parseLocalDate,
  parseLocalTime,
  zoneOffsetTable,
} from "@convening/core";
// The candidates of a rotation on a series: each of the series' own occurrences in the range is
// one period, and its candidates are the allowed start times on that occurrence's date, as wall
// time in one zone. That zone's clock stays fixed across DST; everyone else's moves with it.

import type { Series } from "@convening/schema";
import { canonicalZone } from "./canonical-zone.js";
import { InvalidTimeArgumentError } from "./errors.js";
import { expandSeries } from "./expand-series.js";
import { guard } from "./guards.js";

/** Candidate starts (ascending, ms) and, per occurrence, the indexes of its candidates. */
export interface SeriesCandidates {
  readonly starts: number[];
  readonly periods: number[][];
  readonly wallTimeZone: string;
}

// More allowed times than this per occurrence is a search over the day: use `step` instead.
const MAX_TIMES = 96;

export function seriesCandidates(
  series: Series,
  input: {
    readonly from: number;
    readonly to: number;
    readonly durationMs: number;
    readonly count: number | undefined;
    readonly startTimes: unknown;
    readonly wallTimeZone: unknown;
  },
): SeriesCandidates {
  const occurrences = expandSeries(series, {
    from: new Date(input.from),
    to: new Date(input.to),
  }).filter((o) => o.status === "scheduled" && Date.parse(o.start) >= input.from);
  const zone =
    input.wallTimeZone === undefined
      ? series.timeZone
      : canonicalZone(input.wallTimeZone, ["wallTimeZone"]);
  const times = checkTimes(input.startTimes ?? [series.startTime]);
  const table = zoneOffsetTable(zone);
  let dates = occurrences.map((o) => parseLocalDate(o.date)!);
  if (input.count !== undefined) {
    if (input.count > dates.length)
      throw new InvalidTimeArgumentError(
        ["count"],
        input.count,
        `is more than the ${dates.length} occurrences of the series between from and to`,
      );
    dates = dates.slice(0, input.count);
  }
  if (dates.length === 0)
    throw new InvalidTimeArgumentError(
      ["series"],
      series.id,
      "has no occurrence between from and to",
    );
  const raw: { start: number; period: number }[] = [];
  dates.forEach((days, period) => {
    for (const time of times) {
      // A time the clock skips (spring forward) moves to the first instant after the gap.
      const start = firstInstantAtOrAfterLocal(table, days * DAY_MS + time);
      if (start >= input.from && start + input.durationMs <= input.to) raw.push({ start, period });
    }
  });
  raw.sort((a, b) => a.start - b.start || a.period - b.period);
  const periods: number[][] = dates.map(() => []);
  raw.forEach((c, k) => {
    periods[c.period]!.push(k);
  });
  const empty = periods.findIndex((p) => p.length === 0);
  if (empty >= 0)
    throw new InvalidTimeArgumentError(
      ["startTimes"],
      input.startTimes,
      `leaves occurrence ${empty + 1} without a start that fits between from and to`,
    );
  return { starts: raw.map((c) => c.start), periods, wallTimeZone: zone };
}

function checkTimes(value: unknown): number[] {
  const MESSAGE = 'must be a non-empty array of "HH:mm" times';
  const list = guard.array(value, ["startTimes"], MESSAGE);
  if (list.length === 0 || list.length > MAX_TIMES)
    throw new InvalidTimeArgumentError(["startTimes"], value, `${MESSAGE}, at most ${MAX_TIMES}`);
  return list.map((t, i) => {
    if (!isLocalTime(t)) throw new InvalidTimeArgumentError(["startTimes", i], t, "must be HH:mm");
    return parseLocalTime(t)!;
  });
}
