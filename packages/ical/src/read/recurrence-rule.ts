import type { RecurrenceRule } from "@convening/schema";
import { type Wall, wallOf } from "./ics-time.js";

type Weekday = "mo" | "tu" | "we" | "th" | "fr" | "sa" | "su";
const WEEKDAYS = new Set(["MO", "TU", "WE", "TH", "FR", "SA", "SU"]);
const FREQS = { DAILY: "daily", WEEKLY: "weekly", MONTHLY: "monthly", YEARLY: "yearly" } as const;
// The parts a Series rule holds (schema series.ts); anything else makes the rule one to expand.
const HELD = new Set([
  "FREQ",
  "INTERVAL",
  "BYDAY",
  "BYMONTHDAY",
  "BYMONTH",
  "COUNT",
  "UNTIL",
  "WKST",
  "BYSETPOS",
]);

/** A Series rule, or why the model cannot hold it. UNTIL is given back as a wall value to place in the series' zone. */
export type RuleReading =
  | { readonly rule: Omit<RecurrenceRule, "until">; readonly until: Wall | undefined }
  | { readonly reason: string };

function ints(value: string, min: number, max: number): number[] | undefined {
  const out = value.split(",").map(Number);
  return out.every((n) => Number.isInteger(n) && n >= min && n <= max && n !== 0) ? out : undefined;
}

/**
 * Reads an RRULE (RFC 5545 §3.3.10) as a Series rule: FREQ DAILY to YEARLY, INTERVAL, BYDAY (an
 * nth weekday only monthly or yearly), BYMONTHDAY, BYMONTH, BYSETPOS (not DAILY, and with another
 * BYxxx part), WKST, COUNT, UNTIL. Everything else is a
 * reason to expand.
 */
export function readRule(text: string): RuleReading {
  const parts = new Map<string, string>();
  for (const part of text.split(";")) {
    const [key, value] = part.split("=");
    if (key === undefined || value === undefined || value === "")
      return { reason: `part ${JSON.stringify(part)} is not NAME=value` };
    parts.set(key.toUpperCase(), value.toUpperCase());
  }
  for (const key of parts.keys())
    if (!HELD.has(key)) return { reason: `${key} is not held by a series` };
  const freq = FREQS[parts.get("FREQ") as keyof typeof FREQS];
  if (freq === undefined) return { reason: `FREQ=${parts.get("FREQ")} is not held by a series` };
  const interval = parts.has("INTERVAL") ? Number(parts.get("INTERVAL")) : 1;
  if (!Number.isInteger(interval) || interval < 1 || interval > 1000)
    return { reason: "INTERVAL out of range" };
  const rule: { -readonly [K in keyof RecurrenceRule]?: RecurrenceRule[K] } = { freq, interval };
  const byDay = parts.get("BYDAY");
  if (byDay !== undefined) {
    const days: RecurrenceRule["byWeekday"] = [];
    for (const item of byDay.split(",")) {
      const m = /^([+-]?\d{1,2})?([A-Z]{2})$/.exec(item);
      if (m === null || !WEEKDAYS.has(m[2]!)) return { reason: `BYDAY ${item} is not a weekday` };
      const day = m[2]!.toLowerCase() as Weekday;
      if (m[1] === undefined) days.push(day);
      else {
        const nth = Number(m[1]);
        if (nth === 0 || nth < -5 || nth > 5 || (freq !== "monthly" && freq !== "yearly"))
          return { reason: `BYDAY ${item} is not held by a series` };
        days.push({ day, nth });
      }
    }
    rule.byWeekday = days;
  }
  const wkst = parts.get("WKST");
  if (wkst !== undefined) {
    if (!WEEKDAYS.has(wkst)) return { reason: `WKST=${wkst} is not a weekday` };
    // Kept even when it is the default (MO), so the rule written back names what it was given.
    rule.weekStart = wkst.toLowerCase() as Weekday;
  }
  if (parts.has("BYMONTHDAY")) {
    const days = ints(parts.get("BYMONTHDAY")!, -31, 31);
    if (days === undefined || freq === "weekly") return { reason: "BYMONTHDAY is not held here" };
    rule.byMonthDay = days;
  }
  if (parts.has("BYMONTH")) {
    const months = ints(parts.get("BYMONTH")!, 1, 12);
    if (months === undefined) return { reason: "BYMONTH out of range" };
    rule.byMonth = months;
  }
  if (parts.has("BYSETPOS")) {
    const positions = ints(parts.get("BYSETPOS")!, -366, 366);
    // The model's limits (schema check-series.ts): another BYxxx part to pick from, not DAILY.
    if (positions === undefined || freq === "daily") return { reason: "BYSETPOS is not held here" };
    if (!byDay && !parts.has("BYMONTHDAY") && !parts.has("BYMONTH"))
      return { reason: "BYSETPOS without another BYxxx part" };
    rule.bySetPos = positions;
  }
  if (parts.has("COUNT")) {
    const count = Number(parts.get("COUNT"));
    if (!Number.isInteger(count) || count < 1 || count > 10_000)
      return { reason: "COUNT out of range" };
    rule.count = count;
  }
  let until: Wall | undefined;
  if (parts.has("UNTIL")) {
    const u = parts.get("UNTIL")!;
    const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z)?)?$/.exec(u);
    until =
      m === null
        ? undefined
        : wallOf(
            `${m[1]}-${m[2]}-${m[3]}${m[4] === undefined ? "" : `T${m[4]}:${m[5]}:${m[6]}${m[7] ?? ""}`}`,
          );
    if (until === undefined || rule.count !== undefined)
      return { reason: `UNTIL=${u} cannot be read` };
  }
  return { rule: rule as Omit<RecurrenceRule, "until">, until };
}
