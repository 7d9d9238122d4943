import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { toICS } from "@convening/ical";

const DOMAIN = "convening.example.org";

/**
 * One public `.ics` per convening, and one per series it owns, into `outDir`. Public means what a
 * subscribed feed may carry: no e-mails, no private members, no private join links.
 */
export function writeCalendars(convening, outDir) {
  mkdirSync(outDir, { recursive: true });
  const written = [];
  const write = (name, ics) => {
    const file = join(outDir, `${name}.ics`);
    writeFileSync(file, ics);
    written.push(file);
  };
  write(convening.id, toICS(convening, { domain: DOMAIN }));
  for (const series of convening.series) {
    write(`${convening.id}--${series.id}`, toICS(convening, { domain: DOMAIN, only: [series.id] }));
  }
  return written;
}
