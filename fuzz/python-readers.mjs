// Long-lived Python processes reading calendars with python3-icalendar and libical (read_many.py),
// fed JSON lines: starting Python and importing the libraries costs far more than reading one
// calendar, so thousands of calendars go through each process.

import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

const SCRIPT = fileURLToPath(new URL("./read_many.py", import.meta.url));
// Debian's interpreter: it has python3-icalendar, python3-dateutil and the libical typelib.
const PYTHON = "/usr/bin/python3";

/** One process; `onExit(pending)` gets the requests it had not answered when it died. */
class Worker {
  constructor(onExit) {
    this.pending = [];
    this.closing = false;
    this.cpuSeconds = 0;
    this.stderr = "";
    this.child = spawn(PYTHON, [SCRIPT], { stdio: ["pipe", "pipe", "pipe"] });
    this.child.stderr.setEncoding("utf8");
    this.child.stderr.on("data", (chunk) => {
      this.stderr = (this.stderr + chunk).slice(-4000);
    });
    createInterface({ input: this.child.stdout, crlfDelay: Infinity }).on("line", (line) => {
      let message;
      try {
        message = JSON.parse(line);
      } catch (error) {
        this.pending.shift()?.reject(error);
        return;
      }
      if (message.done === true) this.cpuSeconds = message.cpuSeconds;
      else this.pending.shift()?.resolve(message);
    });
    this.exited = new Promise((resolve) => {
      this.child.on("exit", (code, signal) => {
        this.failure = `read_many.py exited (${code ?? signal}): ${this.stderr.trim().split("\n").pop() ?? ""}`;
        if (!this.closing || this.pending.length > 0) onExit(this.pending.splice(0), this.failure);
        resolve();
      });
    });
    this.child.stdin.on("error", () => {});
  }

  send(request) {
    this.pending.push(request);
    this.child.stdin.write(`${JSON.stringify({ ics: request.ics })}\n`);
  }

  close() {
    this.closing = true;
    this.child.stdin.end();
    return this.exited;
  }
}

/**
 * A pool of `size` reader processes; calendars go to the one with the fewest waiting. A process
 * that dies (a crash in libical, say) is replaced: the calendar it was reading gets the crash as
 * both readers' reading, the ones queued behind it go to the new process.
 */
export class PythonReaders {
  constructor(size = 1) {
    this.cpuSeconds = 0;
    this.workers = Array.from({ length: size }, () => this.spawn());
  }

  spawn() {
    const worker = new Worker((pending, failure) => {
      this.cpuSeconds += worker.cpuSeconds;
      const index = this.workers.indexOf(worker);
      if (index !== -1) this.workers[index] = this.spawn();
      const [culprit, ...rest] = pending;
      culprit?.resolve({ icalendar: { crash: failure }, libical: { crash: failure } });
      for (const request of rest) this.least().send(request);
    });
    return worker;
  }

  least() {
    return this.workers.reduce((a, b) => (b.pending.length < a.pending.length ? b : a));
  }

  /** `{ icalendar, libical }` readings of `ics`. */
  read(ics) {
    return new Promise((resolve, reject) => this.least().send({ ics, resolve, reject }));
  }

  /** Calendars sent and not yet read, across the pool. */
  get waiting() {
    return this.workers.reduce((n, w) => n + w.pending.length, 0);
  }

  /** Closes the processes; resolves to the CPU seconds Python spent in all. */
  async close() {
    await Promise.all(this.workers.map((w) => w.close()));
    return this.workers.reduce((sum, w) => sum + w.cpuSeconds, this.cpuSeconds);
  }
}
