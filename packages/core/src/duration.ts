// Durations as documents write them (ISO 8601) and as calendars need them (RFC 5545 §3.3.6).

const DURATION = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/**
 * The shape of the durations {@link durationMinutes} reads, as a regular-expression source (for
 * JSON Schema `pattern`).
 *
 * @example
 * ```ts
 * new RegExp(DURATION_PATTERN).test("PT1H30M"); // true
 * ```
 */
export const DURATION_PATTERN: string = DURATION.source;

/**
 * Minutes in a positive ISO 8601 duration of weeks, days, hours, minutes and seconds; undefined for
 * anything else (months and years have no fixed length; zero is not a duration of anything).
 *
 * @example
 * ```ts
 * durationMinutes("PT1H30M"); // 90
 * durationMinutes("PT45S"); // 0.75
 * durationMinutes("P1M"); // undefined: months have no fixed length
 * ```
 */
export function durationMinutes(value: unknown): number | undefined {
  if (typeof value !== "string" || value === "P" || value.endsWith("T")) return undefined;
  const m = DURATION.exec(value);
  if (!m) return undefined;
  const w = Number(m[1] ?? 0);
  const d = Number(m[2] ?? 0);
  const h = Number(m[3] ?? 0);
  const mi = Number(m[4] ?? 0);
  const s = Number(m[5] ?? 0);
  const minutes = w * 10_080 + d * 1_440 + h * 60 + mi + s / 60;
  return minutes > 0 ? minutes : undefined;
}

/**
 * An exact length in whole seconds as an RFC 5545 §3.3.6 duration: whole weeks as `P2W`, else days
 * and a time part with no unit skipped inside it (the grammar allows `PT1H0M5S`, not `PT1H5S`).
 * Negative lengths get a leading `-`; zero is `PT0S`.
 *
 * @example
 * ```ts
 * formatDuration(5_400); // "PT1H30M"
 * formatDuration(90_000); // "P1DT1H"
 * formatDuration(3_605); // "PT1H0M5S"
 * formatDuration(1_209_600); // "P2W"
 * ```
 */
export function formatDuration(seconds: number): string {
  const whole = Math.round(seconds);
  if (whole === 0) return "PT0S";
  const sign = whole < 0 ? "-" : "";
  const total = Math.abs(whole);
  if (total % 604_800 === 0) return `${sign}P${total / 604_800}W`;
  const days = Math.floor(total / 86_400);
  const h = Math.floor((total % 86_400) / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  let time = "";
  if (s > 0) time = `${h > 0 ? `${h}H${m}M` : m > 0 ? `${m}M` : ""}${s}S`;
  else if (m > 0) time = `${h > 0 ? `${h}H` : ""}${m}M`;
  else if (h > 0) time = `${h}H`;
  return `${sign}P${days > 0 ? `${days}D` : ""}${time === "" ? "" : `T${time}`}`;
}
