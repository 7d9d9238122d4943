import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const SCRIPT = fileURLToPath(new URL("./read_imip.py", import.meta.url));
// Debian's interpreter: python3-icalendar and the libical typelib are installed for it.
const PYTHON = "/usr/bin/python3";

/** One MIME part as Python's `email` package reads it. */
export interface MimePart {
  depth: number;
  type: string;
  params: Record<string, string>;
  disposition: string | null;
  filename: string | null;
}

/** A message as Python's `email` package reads it. */
export interface PythonMessage {
  headers: Record<string, string>;
  tree: MimePart[];
  calendars: string[];
  crash?: string;
}

/** A calendar as libical and python-icalendar read it. */
export interface PythonCalendar {
  libical: {
    method: string | null;
    errors: string[];
    events: { uid: string; sequence: number; organizer: string | null; attendees: string[] }[];
    crash?: string;
  };
  icalendar: {
    method: string | null;
    events: { uid: string; sequence: number; attendees: { address: string; partstat: string }[] }[];
    crash?: string;
  };
}

/**
 * Reads messages with Python's `email` package and calendars with libical (iTIP restrictions
 * applied) and python-icalendar, all in one Python process: starting it costs more than reading.
 */
export function readWithPython(input: {
  messages?: readonly Uint8Array[];
  calendars?: readonly string[];
}): { messages: PythonMessage[]; calendars: PythonCalendar[] } {
  const run = spawnSync(PYTHON, [SCRIPT], {
    input: JSON.stringify({
      messages: (input.messages ?? []).map((m) => Buffer.from(m).toString("base64")),
      calendars: input.calendars ?? [],
    }),
    encoding: "utf8",
    maxBuffer: 1 << 30,
  });
  if (run.status !== 0) throw new Error(`read_imip.py failed (${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout);
}
