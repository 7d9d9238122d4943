import { localize } from "@convening/schema";
import { expandSeries, formatInZones, toRRule } from "@convening/time";

/** Each series with its rule and every occurrence, in the convening's display zones. */
export function printSeries(convening, c, write, language = "en") {
  const zones = convening.displayZones.length > 0 ? convening.displayZones : [convening.timeZone];
  for (const series of convening.series) {
    const rule = series.rule ? toRRule(series) : "dates listed one by one";
    write(`  ${c.bold(localize(series.title, language))} ${c.dim(`(${rule})`)}`);
    const occurrences = expandSeries(series, {
      from: `${convening.startDate}T00:00:00Z`,
      to: `${convening.endDate}T23:59:59Z`,
    });
    for (const occurrence of occurrences) {
      const theme = occurrence.title ? ` ${localize(occurrence.title, language)}` : "";
      const lines = formatInZones(occurrence.start, occurrence.end, zones).join(" / ");
      const cancelled = occurrence.status === "cancelled" ? c.red(" [cancelled]") : "";
      write(`    ${occurrence.date}  ${c.cyan(lines)}${cancelled}${c.dim(theme)}`);
    }
    write("");
  }
}
