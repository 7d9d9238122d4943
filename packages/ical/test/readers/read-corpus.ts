import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const SCRIPT = fileURLToPath(new URL("./read_corpus.py", import.meta.url));
// Debian's interpreter: it has python3-icalendar, pytz and the libical typelib.
const PYTHON = "/usr/bin/python3";

/** A start as a reader gave it: a UTC instant, a date, a TZID it had no zone for, or its error. */
export type ReferenceTime =
  | string
  | { readonly date: string }
  | { readonly unresolved: string }
  | { readonly error: string }
  | null;

/** One VEVENT as python3-icalendar or libical read it. */
export interface ReferenceEvent {
  readonly uid: string | null;
  readonly rid: ReferenceTime;
  readonly start: ReferenceTime;
  /** The VALUE=DATE days its EXDATEs remove (python-icalendar's reading only). */
  readonly excluded?: readonly string[];
}

/** One file as one reader read it: its events, or why the reader refused the file. */
export type ReferenceReading =
  | { readonly events: readonly ReferenceEvent[] }
  | { readonly crash: string };

/**
 * Reads many files with python3-icalendar and libical in one Python process (read_corpus.py),
 * floating times as UTC; one reading per reader and file, in input order.
 */
export function readCorpusWithPython(
  files: readonly string[],
): { icalendar: ReferenceReading; libical: ReferenceReading }[] {
  const run = spawnSync(PYTHON, [SCRIPT], {
    input: JSON.stringify({ files }),
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  if (run.status !== 0) throw new Error(`read_corpus.py failed (${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout) as { icalendar: ReferenceReading; libical: ReferenceReading }[];
}
