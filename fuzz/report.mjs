// Tallies of a fuzz run, the summary table, and the folder of failing cases.

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

export const READERS = ["strict", "ical.js", "python-icalendar", "libical"];
const LABELS = {
  strict: "ours (strict RFC 5545)",
  "ical.js": "ical.js",
  "python-icalendar": "python-icalendar",
  libical: "libical",
};
const CATEGORIES = ["errors", "injections", "xlic", "mismatches", "times"];
const KINDS_SHOWN = 4;
const MAX_SAVED = 200;

/**
 * A finding with its particulars taken out (quoted text, UIDs, instants, numbers), so findings of
 * one kind are counted together: "VTIMEZONE <zone>: to_tz(): AssertionError".
 */
function kindOf(message) {
  return message
    .replace(/"(?:[^"\\]|\\.)*"/g, "…")
    .replace(/\S+@\S+/g, "<uid>")
    .replace(/VTIMEZONE \S+:/g, "VTIMEZONE <zone>:")
    .replace(/\d{4}-\d\d-\d\dT[\d:]+Z/g, "<instant>")
    .replace(/\d+/g, "N")
    .slice(0, 160)
    .trim();
}

export class Tally {
  constructor(seed, count, outDir) {
    this.seed = seed;
    this.count = count;
    this.outDir = outDir;
    this.documents = 0;
    this.rejected = 0;
    this.rejectedOnPurpose = 0;
    this.rejectedCodes = new Map();
    this.refused = 0;
    this.refusedCodes = new Map();
    this.crashes = [];
    this.written = 0;
    this.slowest = [];
    this.failing = 0;
    this.saved = 0;
    this.readers = Object.fromEntries(
      READERS.map((r) => [
        r,
        {
          parsed: 0,
          ...Object.fromEntries(CATEGORIES.map((c) => [c, 0])),
          kinds: Object.fromEntries(CATEGORIES.map((c) => [c, new Map()])),
        },
      ]),
    );
  }

  /** Counts one case and saves it when it fails. */
  add(kase, result) {
    this.documents++;
    if (result.outcome === "rejected") {
      this.rejected++;
      if (result.expectedRejection) this.rejectedOnPurpose++;
      else
        for (const code of result.codes)
          this.rejectedCodes.set(code, (this.rejectedCodes.get(code) ?? 0) + 1);
    } else if (result.outcome === "refused") {
      this.refused++;
      for (const code of result.codes)
        this.refusedCodes.set(code, (this.refusedCodes.get(code) ?? 0) + 1);
    } else if (result.outcome === "crash") {
      this.crashes.push({
        index: kase.index,
        stage: result.stage,
        error: result.error.split("\n")[0],
      });
    } else {
      this.written++;
      this.slowest.push({ index: kase.index, ms: result.writeMs, bytes: result.ics.length });
      this.slowest = this.slowest.sort((a, b) => b.ms - a.ms).slice(0, 3);
    }

    let failing = result.outcome === "crash";
    for (const reader of READERS) {
      const f = result.findings[reader];
      if (f === undefined) continue;
      const t = this.readers[reader];
      if (!f.crashed) t.parsed++;
      for (const c of CATEGORIES) {
        if (f[c].length === 0) continue;
        failing = true;
        t[c]++;
        const seen = new Set();
        for (const message of f[c]) {
          const kind = kindOf(message);
          if (seen.has(kind)) continue;
          seen.add(kind);
          const known = t.kinds[c].get(kind);
          if (known) known.documents++;
          else t.kinds[c].set(kind, { documents: 1, first: kase.index, example: message });
        }
      }
    }
    if (failing) {
      this.failing++;
      this.save(kase, result);
    }
  }

  save(kase, result) {
    if (this.saved >= MAX_SAVED) return;
    this.saved++;
    const dir = join(this.outDir, `${this.seed}-${kase.index}`);
    mkdirSync(dir, { recursive: true });
    const { document, options, invalid, seed, index } = kase;
    writeFileSync(
      join(dir, "case.json"),
      `${JSON.stringify({ seed, index, invalid, options, document, outcome: result.outcome, error: result.error, findings: result.findings, notes: result.notes }, null, 2)}\n`,
    );
    if (result.ics !== undefined) writeFileSync(join(dir, "calendar.ics"), result.ics);
  }

  /** The summary table and the commonest kinds of finding. */
  summary(seconds, cpu) {
    const lines = [];
    const codes = (m) => [...m].map(([c, n]) => `${c} ${n}`).join(", ");
    lines.push(
      `fuzz: seed ${this.seed}, ${this.documents} documents in ${seconds.toFixed(1)} s (CPU: Node ${cpu.node.toFixed(1)} s, Python ${cpu.python.toFixed(1)} s)`,
    );
    lines.push(
      `  rejected by the schema: ${this.rejected} (${this.rejectedOnPurpose} spoiled on purpose${this.rejectedCodes.size > 0 ? `; others: ${codes(this.rejectedCodes)}` : ""})`,
    );
    lines.push(
      `  refused by toICS: ${this.refused}${this.refused > 0 ? ` (${codes(this.refusedCodes)})` : ""}`,
    );
    lines.push(`  crashes (an error that is not ours): ${this.crashes.length}`);
    lines.push(
      `  ICS written: ${this.written}; slowest toICS: ${this.slowest.map((w) => `#${w.index} ${Math.round(w.ms)} ms (${Math.round(w.bytes / 1024)} KB)`).join(", ")}`,
    );
    lines.push("");
    const head = ["reader", "parsed", "errors", "injections", "X-LIC-ERROR", "round-trip", "times"];
    const rows = READERS.map((r) => {
      const t = this.readers[r];
      return [
        LABELS[r],
        t.parsed,
        t.errors,
        t.injections,
        r === "libical" ? t.xlic : "-",
        t.mismatches,
        r === "strict" ? "-" : t.times,
      ];
    });
    const widths = head.map((h, i) =>
      Math.max(h.length, ...rows.map((row) => String(row[i]).length)),
    );
    const fmt = (row) =>
      row
        .map((v, i) => (i === 0 ? String(v).padEnd(widths[i]) : String(v).padStart(widths[i])))
        .join("  ");
    lines.push(`  ${fmt(head)}`);
    for (const row of rows) lines.push(`  ${fmt(row)}`);
    lines.push(
      '  (documents with at least one finding of each kind; "ours" is the strict reading of the text toICS wrote)',
    );
    for (const c of this.crashes.slice(0, KINDS_SHOWN))
      lines.push(`  crash #${c.index} in ${c.stage}: ${c.error}`);
    // The commonest kinds of each reader's findings, with the first document showing each.
    for (const r of READERS) {
      for (const c of CATEGORIES) {
        const kinds = [...this.readers[r].kinds[c].values()].sort(
          (a, b) => b.documents - a.documents,
        );
        for (const k of kinds.slice(0, KINDS_SHOWN)) {
          const example = k.example.length > 240 ? `${k.example.slice(0, 237)}…` : k.example;
          lines.push(
            `  ${LABELS[r]} ${c}, ${k.documents} documents, first #${k.first}: ${example}`,
          );
        }
        if (kinds.length > KINDS_SHOWN)
          lines.push(`  ${LABELS[r]} ${c}: ${kinds.length - KINDS_SHOWN} more kinds`);
      }
    }
    if (this.failing > 0) {
      lines.push("");
      lines.push(
        `  ${this.failing} failing documents; ${this.saved} saved to ${this.outDir}/<seed>-<index>/ (case.json, calendar.ics)`,
      );
      lines.push(
        `  replay one: npm run fuzz -- --replay ${this.outDir}/${this.seed}-<index>/case.json`,
      );
    }
    return lines.join("\n");
  }

  get failed() {
    return this.failing > 0;
  }
}
