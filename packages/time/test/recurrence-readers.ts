// The two recurrence implementations we did not write, as the cross-check tests call them: the
// `rrule` npm package and python-dateutil (Debian's python3-dateutil through /usr/bin/python3).
import { spawnSync } from "node:child_process";
import { parseSeries, type SeriesInput } from "@convening/schema";
import { RRule } from "rrule";
import { expandSeries, toRRule } from "../src/index.js";

/** The instants compared: every occurrence starting inside it. */
export interface CrossCheckWindow {
  readonly from: string;
  readonly to: string;
}

const expanded = new WeakMap<SeriesInput, string[]>();

/**
 * Starts (ISO with offset) of the occurrences the rule itself gives, expanded once per case and
 * shared by both comparisons: expanding every case twice only doubled the suites' time under load.
 */
export function ruleStarts(series: SeriesInput, window: CrossCheckWindow): string[] {
  let starts = expanded.get(series);
  if (!starts) {
    starts = expandSeries(parseSeries(series), window)
      .filter((o) => o.source === "rule")
      .map((o) => o.start);
    expanded.set(series, starts);
  }
  return starts;
}

/** A case's label in a failure: the RRULE, its zone and its first date. */
export function label(series: SeriesInput): string {
  return `${toRRule(parseSeries(series))} in ${series.timeZone} from ${series.firstDate}`;
}

/**
 * rrule.js's local wall times (`2021-03-23T11:20`), fed floating times: its TZID support converts
 * through the server's zone, so the rule is expanded on UTC-as-local dates, which no machine zone
 * can shift. UNTIL becomes the last second of the until date in that floating frame.
 */
export function fromRRuleJs(series: SeriesInput, window: CrossCheckWindow): string[] {
  const [y, m, d] = series.firstDate.split("-").map(Number) as [number, number, number];
  const [hh, mm] = series.startTime.split(":").map(Number) as [number, number];
  const dtstart = new Date(Date.UTC(y, m - 1, d, hh, mm));
  const text = toRRule(parseSeries(series))!.replace(
    /;UNTIL=\d{8}T\d{6}Z/,
    series.rule?.until ? `;UNTIL=${series.rule.until.replaceAll("-", "")}T235959Z` : "",
  );
  const { count, ...options } = RRule.parseString(text);
  const from = new Date(window.from);
  const to = new Date(window.to);
  if (count === undefined || count === null) {
    return new RRule({ ...options, dtstart })
      .between(from, to, true)
      .map((date) => date.toISOString().slice(0, 16));
  }
  // COUNT taken from the rule's dates up to the window's end: the same dates inside the window,
  // but a rule that meets fewer than COUNT times no longer sends rrule.js walking to year 9999.
  return new RRule({ ...options, dtstart, until: to })
    .all((_, i) => i < count)
    .filter((date) => date >= from)
    .map((date) => date.toISOString().slice(0, 16));
}

const DATEUTIL = `
import json, sys
from datetime import datetime
from itertools import islice
from dateutil import rrule, tz
request = json.load(sys.stdin)
lo = datetime.fromisoformat(request["from"].replace("Z", "+00:00"))
hi = datetime.fromisoformat(request["to"].replace("Z", "+00:00"))
out = []
for case in request["cases"]:
    zone = tz.gettz(case["zone"])
    start = datetime.strptime(case["dtstart"], "%Y-%m-%dT%H:%M").replace(tzinfo=zone)
    rule = rrule.rrulestr(case["rrule"], dtstart=start)
    count = rule._count
    if count is None:
        out.append([d.isoformat() for d in rule.between(lo, hi, inc=True)])
    else:
        # COUNT taken from the dates up to the window's end: the same dates inside the window,
        # without walking to year 9999 when the rule meets fewer than COUNT times.
        dates = islice(rule.replace(count=None, until=hi), count)
        out.append([d.isoformat() for d in dates if d >= lo])
json.dump(out, sys.stdout)
`;

/** python-dateutil's starts, offsets included, for every case at once (one process). */
export function fromDateutil(
  cases: readonly SeriesInput[],
  window: CrossCheckWindow,
): { stderr: string; starts: string[][] } {
  const input = {
    ...window,
    cases: cases.map((s) => ({
      zone: s.timeZone,
      dtstart: `${s.firstDate}T${s.startTime}`,
      rrule: toRRule(parseSeries(s)),
    })),
  };
  const result = spawnSync("/usr/bin/python3", ["-c", DATEUTIL], {
    input: JSON.stringify(input),
    encoding: "utf8",
  });
  return {
    stderr: result.stderr,
    starts: result.stderr === "" ? (JSON.parse(result.stdout) as string[][]) : [],
  };
}
