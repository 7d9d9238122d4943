#!/usr/bin/env node
// The demo: validates every sample convening, prints its agenda in its display zones the way the
// seed pages do, shows what a broken document gets told, proposes a fair rotation of call times
// for the exploratory committee, and writes the calendars.
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { localize, parseConvening, parseDirectory, safeParseConvening } from "@convening/schema";
import { palette } from "./colour.mjs";
import { isDirectoryDocument, loadSamples } from "./load-samples.mjs";
import { printAgenda } from "./print-agenda.mjs";
import { printIssues } from "./print-issues.mjs";
import { printRotation } from "./print-rotation.mjs";
import { printSeries } from "./print-series.mjs";
import { writeCalendars } from "./write-calendars.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, "../../..");

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at > 0 && process.argv[at + 1] ? resolve(process.argv[at + 1]) : fallback;
}

export function runDemo({ dataDir, outDir, write = console.log, colour = palette() }) {
  const c = colour;
  const { samples, broken } = loadSamples(dataDir);
  const calendars = [];
  for (const sample of samples) {
    if (isDirectoryDocument(sample.json)) {
      const directory = parseDirectory(sample.json);
      const areas = new Set(directory.members.flatMap((m) => m.practiceAreas));
      write(c.bold(`■ ${sample.name}`) + c.green("  valid directory"));
      write(
        `  ${directory.members.length} members, ${directory.organizations.length} organizations, ${areas.size} practice areas:`,
      );
      write(`  ${c.dim([...areas].sort().join(", "))}`);
      write("");
      continue;
    }
    const convening = parseConvening(sample.json);
    write(c.bold(`■ ${localize(convening.title, "en")}`) + c.green("  valid"));
    write(
      c.dim(
        `  ${convening.startDate} to ${convening.endDate}, ${convening.timeZone}, ${convening.sessions.length} sessions, ${convening.series.length} series`,
      ),
    );
    write("");
    if (convening.sessions.length > 0) printAgenda(convening, c, write);
    if (convening.series.length > 0) printSeries(convening, c, write);
    for (const group of convening.groups) {
      if (group.memberIds.length < 3) continue;
      write(c.bold(`  A fair rotation for ${localize(group.name, "en")}`));
      printRotation(convening, group, c, write, {
        count: 4,
        from: `${convening.startDate}T00:00:00Z`,
        to: `${convening.startDate}T00:00:00Z`.replace(/^(\d{4}-\d{2}-\d{2})/, (d) =>
          addDays(d, 7),
        ),
      });
      write("");
    }
    calendars.push(...writeCalendars(convening, outDir));
  }
  for (const sample of broken) {
    write(
      c.bold(`■ ${sample.name}`) +
        c.red("  invalid, as intended: this is what a broken document is told"),
    );
    const result = safeParseConvening(sample.json);
    if (result.success) throw new Error(`${sample.file} was meant to be broken but validates`);
    printIssues(result.error, c, write);
    write("");
  }
  write(c.bold(`Wrote ${calendars.length} calendars to ${relative(repo, outDir) || "."}:`));
  for (const file of calendars) write(`  ${relative(repo, file)}`);
  return { calendars };
}

function addDays(date, days) {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  runDemo({
    dataDir: option("--data", join(repo, "examples/data")),
    outDir: option("--out", join(repo, "examples/agenda/out")),
  });
}
