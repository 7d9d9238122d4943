// Expected times computed straight from the runtime's Intl data, independently of
// @convening/time, so the end-to-end test checks the page against a second implementation.

/** `11:20a`: an instant's wall time in `zone`, in the seeds' compact 12-hour style. */
export function compactTime(instant: string, zone: string): string {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    hour: "numeric",
    minute: "2-digit",
    hourCycle: "h12",
  }).formatToParts(new Date(instant));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("hour")}:${part("minute")}${part("dayPeriod").charAt(0).toLowerCase()}`;
}

/** `2021-03-24`: an instant's local date in `zone`. */
export function localDate(instant: string, zone: string): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: zone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(new Date(instant));
}

/** `Wed`: an instant's local weekday in `zone`. */
export function shortWeekday(instant: string, zone: string): string {
  return new Intl.DateTimeFormat("en-US", { timeZone: zone, weekday: "short" }).format(
    new Date(instant),
  );
}

/** Whole days from `a` to `b`, both `YYYY-MM-DD`. */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** `20210323T152000Z`: an instant in UTC, as calendar links write it. */
export function utcStamp(instant: string): string {
  return new Date(instant)
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}
