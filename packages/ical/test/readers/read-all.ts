import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { readWithIcalJs } from "./read-icaljs.js";
import type { ReadCalendar, RubyCalendar, ThreeReadings, Window } from "./types.js";

const SCRIPT = fileURLToPath(new URL("./read_ics.py", import.meta.url));
// Debian's interpreter: it has python3-icalendar, python3-dateutil and the libical typelib.
const PYTHON = "/usr/bin/python3";
const RUBY_SCRIPT = fileURLToPath(new URL("./read_ics.rb", import.meta.url));
// Debian's ruby, with ruby-icalendar from the ruby-icalendar package (2.8 on Debian 12).
const RUBY = "/usr/bin/ruby";

/** The default expansion window: wide enough for every fixture, closed so open series end. */
export const WINDOW: Window = { from: "2000-01-01T00:00:00Z", to: "2036-01-01T00:00:00Z" };

/**
 * Reads many calendars with python3-icalendar and libical in one Python process (startup costs
 * more than reading), returning each calendar's two readings in input order. Recurrences are
 * expanded in `window`, or in `window[i]` for calendar `i` when given a list.
 */
export function readWithPython(
  calendars: readonly string[],
  window: Window | readonly Window[] = WINDOW,
): { icalendar: ReadCalendar; libical: ReadCalendar }[] {
  // One window for all, or one per calendar (same order).
  const windows = Array.isArray(window) ? { windows: window } : (window as Window);
  const run = spawnSync(PYTHON, [SCRIPT], {
    input: JSON.stringify({ calendars, ...windows }),
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  if (run.status !== 0) throw new Error(`read_ics.py failed (${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout) as { icalendar: ReadCalendar; libical: ReadCalendar }[];
}

/** Many calendars read by ruby-icalendar in one Ruby process, in input order. */
export function readWithRuby(calendars: readonly string[]): RubyCalendar[] {
  const run = spawnSync(RUBY, [RUBY_SCRIPT], {
    input: JSON.stringify({ calendars }),
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  if (run.status !== 0) throw new Error(`read_ics.rb failed (${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout) as RubyCalendar[];
}

/** One calendar read by ical.js, python3-icalendar, libical and ruby-icalendar. */
export function readWithAll(ics: string, window: Window = WINDOW): ThreeReadings {
  return readManyWithAll([ics], window)[0]!;
}

/** Many calendars read by every reader, with a single Python and a single Ruby process. */
export function readManyWithAll(
  calendars: readonly string[],
  window: Window = WINDOW,
): ThreeReadings[] {
  const python = readWithPython(calendars, window);
  const ruby = readWithRuby(calendars);
  return calendars.map((ics, i) => ({
    icaljs: readWithIcalJs(ics, window),
    ...python[i]!,
    ruby: ruby[i]!,
  }));
}
