import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { readWithIcalJs } from "./read-icaljs.js";
import type { ReadCalendar, ThreeReadings, Window } from "./types.js";

const SCRIPT = fileURLToPath(new URL("./read_ics.py", import.meta.url));
// Debian's interpreter: it has python3-icalendar, python3-dateutil and the libical typelib.
const PYTHON = "/usr/bin/python3";

/** The default expansion window: wide enough for every fixture, closed so open series end. */
export const WINDOW: Window = { from: "2000-01-01T00:00:00Z", to: "2036-01-01T00:00:00Z" };

/**
 * Reads many calendars with python3-icalendar and libical in one Python process (startup costs
 * more than reading), returning each calendar's two readings in input order.
 */
export function readWithPython(
  calendars: readonly string[],
  window: Window = WINDOW,
): { icalendar: ReadCalendar; libical: ReadCalendar }[] {
  const run = spawnSync(PYTHON, [SCRIPT], {
    input: JSON.stringify({ calendars, from: window.from, to: window.to }),
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  if (run.status !== 0) throw new Error(`read_ics.py failed (${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout) as { icalendar: ReadCalendar; libical: ReadCalendar }[];
}

/** One calendar read by ical.js, python3-icalendar and libical. */
export function readWithAll(ics: string, window: Window = WINDOW): ThreeReadings {
  const [python] = readWithPython([ics], window);
  return { icaljs: readWithIcalJs(ics, window), ...python! };
}

/** Many calendars read by all three readers, with a single Python process. */
export function readManyWithAll(
  calendars: readonly string[],
  window: Window = WINDOW,
): ThreeReadings[] {
  const python = readWithPython(calendars, window);
  return calendars.map((ics, i) => ({ icaljs: readWithIcalJs(ics, window), ...python[i]! }));
}
