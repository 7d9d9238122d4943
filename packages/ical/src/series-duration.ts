// The length of a series as RFC 5545 §3.3.6 writes it: DURATION for a nominal length (days,
// weeks) or for a series whose DTSTART is a nominal wall time in a gap, DTEND otherwise.

const DURATION = /^P(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/**
 * A schema duration as RFC 5545 §3.3.6 writes it, when it has days or weeks (a nominal length
 * that keeps wall time across DST); undefined when it is exact (hours, minutes, seconds), which
 * is written as DTEND. RFC 5545 forbids mixing weeks with other units, so `P1W2D` becomes `P9D`.
 */
export function nominalDuration(duration: string): string | undefined {
  const m = DURATION.exec(duration);
  if (!m || (m[1] === undefined && m[2] === undefined)) return undefined;
  const [w, d, h, mi, s] = m.slice(1).map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (d === 0 && h === 0 && mi === 0 && s === 0) return `P${w}W`;
  const time = h + mi + s > 0 ? `T${h ? `${h}H` : ""}${mi ? `${mi}M` : ""}${s ? `${s}S` : ""}` : "";
  return `P${w * 7 + d}D${time}`;
}

/** `PT1H`, `PT1H30M`, `PT1H0M5S`: whole seconds as RFC 5545 §3.3.6 dur-time, no unit skipped. */
export function exactDuration(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (s > 0) return `PT${h > 0 ? `${h}H${m}M` : m > 0 ? `${m}M` : ""}${s}S`;
  return m > 0 ? `PT${h > 0 ? `${h}H` : ""}${m}M` : `PT${h}H`;
}
