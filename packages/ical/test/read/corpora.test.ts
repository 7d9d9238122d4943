import { readdirSync, readFileSync } from "node:fs";
import { isConveningError } from "@convening/core";
import type { Convening } from "@convening/schema";
import { wallTimeInstant } from "@convening/time";
import { afterAll, describe, expect, it } from "vitest";
import { IdPool, idFromUid } from "../../src/read/ids.js";
import { fromICS, type IcsImportResult } from "../../src/read/index.js";
import {
  type ReferenceEvent,
  type ReferenceReading,
  type ReferenceTime,
  readCorpusWithPython,
} from "../readers/read-corpus.js";

// The test files of ical.js, libical, python-icalendar, node-ical, ical4j and Ruby's icalendar
// (test/corpora/README.md: Google, Outlook/Exchange, Apple and Lotus Notes exports among them),
// read by fromICS and by python3-icalendar and libical. Every event the references read is either
// imported at the instant they give (an all-day event on the date they give), or named in a
// warning; a file fromICS refuses must be refused with one of our typed errors. Floating times
// are read as UTC on both sides, so nothing depends on TZ.

const ROOT = new URL("../corpora/", import.meta.url);
const CORPORA = [
  "ical.js",
  "libical",
  "python-icalendar",
  "node-ical",
  "ical4j",
  "icalendar-ruby",
] as const;

// A file fromICS refuses must be refused as not iCalendar (IcsSyntaxError, with its line): a
// bare VEVENT with no VCALENDAR (RFC 5545 §3.4), a line that is not a content line (§3.1), a
// component that never ends, or a problem ical.js finds outside every VEVENT. The references are
// laxer (both read bare VEVENTs; python-icalendar skips broken lines): those files are listed.
const refused: string[] = [];
const warnedBy = new Map<string, number>();

interface Counts {
  files: number;
  events: number;
  imported: number;
  warned: number;
  errors: number;
  unverified: number;
}

type Outcome = "imported" | "warned" | "missing" | "unverified";

const emptyCounts = (): Counts => ({
  files: 0,
  events: 0,
  imported: 0,
  warned: 0,
  errors: 0,
  unverified: 0,
});

// Issue 10 asks for exports of these products in particular; a file's PRODID (RFC 5545 §3.7.3,
// unfolded, parameters allowed) says which one wrote it. Yahoo is listed to show it is absent.
const PRODUCTS = [
  ["Apple (iCal, macOS, iOS)", /apple/i],
  ["Lotus Notes", /lotus/i],
  ["Yahoo", /yahoo/i],
  ["Microsoft (Outlook, Exchange)", /microsoft/i],
  ["Google", /google/i],
] as const;
const byProduct = new Map<string, Counts>(PRODUCTS.map(([name]) => [name, emptyCounts()]));

function productOf(text: string): Counts | undefined {
  const prodid = /^PRODID[^:\r\n]*:(.*)$/m.exec(text.replace(/\r?\n[ \t]/g, ""))?.[1] ?? "";
  const found = PRODUCTS.find(([, pattern]) => pattern.test(prodid));
  return found === undefined ? undefined : byProduct.get(found[0]);
}

const files = CORPORA.flatMap((corpus) =>
  readdirSync(new URL(`${corpus}/`, ROOT))
    .filter((name) => name.endsWith(".ics"))
    .sort()
    .map((name) => ({
      corpus,
      name,
      text: readFileSync(new URL(`${corpus}/${name}`, ROOT), "utf8"),
    })),
);
const references = readCorpusWithPython(files.map((f) => f.text));
const counts = new Map<string, Counts>(CORPORA.map((c) => [c, emptyCounts()]));

function eventsOf(reading: ReferenceReading): readonly ReferenceEvent[] | undefined {
  return "events" in reading ? reading.events : undefined;
}

/** The id prefix fromICS gives a UID's sessions and series (toICS ids kept, others slugged). */
function idKey(uid: string | null): string {
  if (uid === null || uid.trim() === "") return "event-";
  return new IdPool().take(idFromUid(uid.trim()), "session").slice(0, 100);
}

const instantOf = (t: ReferenceTime | undefined): number | undefined =>
  typeof t === "string" ? Date.parse(t) : undefined;

/** Every start fromICS gives the sessions, series and overrides whose id comes from `key`. */
function startsFor(convening: Convening, key: string): Set<number> {
  const out = new Set<number>();
  const mine = (id: string) => id === key || id.startsWith(key);
  for (const s of convening.sessions) if (mine(s.id)) out.add(Date.parse(s.start));
  for (const s of convening.series) {
    if (!mine(s.id)) continue;
    const at = (date: string, time: string) =>
      Date.parse(
        wallTimeInstant({ date, time, zone: s.timeZone }, { gap: "forward", overlap: "earlier" }),
      );
    out.add(at(s.firstDate, s.startTime));
    for (const d of s.extraDates) out.add(at(d, s.startTime));
    for (const o of s.overrides) out.add(at(o.newDate ?? o.date, o.startTime ?? s.startTime));
  }
  return out;
}

/** The code of the warning that names an event, if one does. */
function named(result: IcsImportResult, uid: string | null): string | undefined {
  // An event with no UID is named by its number or line (`event 3`, `event at line 20`).
  if (uid === null)
    return result.warnings.find((w) => w.uid === undefined || w.uid.startsWith("event-"))?.code;
  const trimmed = uid.trim();
  return result.warnings.find(
    (w) => w.uid === trimmed || w.message.includes(JSON.stringify(trimmed)),
  )?.code;
}

/** What became of one event the references read. */
function outcome(
  result: IcsImportResult,
  ical: ReferenceEvent | undefined,
  lib: ReferenceEvent | undefined,
  siblings: readonly ReferenceEvent[],
): { outcome: Outcome; detail?: string; code?: string } {
  const ref = ical ?? lib!;
  const key = idKey(ref.uid);
  const time = (e: ReferenceEvent | undefined) => (e === undefined ? undefined : e.start);
  const wanted = [time(ical), time(lib)].map(instantOf).filter((n): n is number => n !== undefined);
  const days = [time(ical), time(lib)]
    .map((t) => (t !== null && typeof t === "object" && "date" in t ? t.date : undefined))
    .filter((d): d is string => d !== undefined);
  if (wanted.length === 0 && days.length > 0) {
    // An all-day event, single or recurring (its DTSTART, or a RECURRENCE-ID instance's): an
    // all-day session under its UID on the day the references give, or named in a warning.
    const mine = result.convening.sessions.filter((s) => s.id.startsWith(key) && s.allDay);
    if (mine.some((s) => days.includes(s.allDay!.startDate))) return { outcome: "imported" };
    const code = named(result, ref.uid);
    // A recurring event whose DTSTART day is not one of its occurrences: its own EXDATE removes
    // it, or a RECURRENCE-ID instance replaces it (that instance is compared on its own). Its
    // other days are the rule's, which all-day-rules-readers.test.ts checks against dateutil.
    const replaced =
      (ical?.excluded ?? []).some((d) => days.includes(d)) ||
      siblings.some(
        (e) =>
          e.uid === ref.uid &&
          e.rid !== null &&
          typeof e.rid === "object" &&
          "date" in e.rid &&
          days.includes(e.rid.date),
      );
    if (code === "rule_expanded" && replaced) return { outcome: "imported" };
    if (code !== undefined && code !== "rule_expanded") return { outcome: "warned", code };
    return {
      outcome: "missing",
      detail: `references give ${[...new Set(days)].join(" / ")}, fromICS has ${mine.map((s) => s.allDay!.startDate).join(", ") || "nothing"}`,
    };
  }
  if (wanted.length === 0) {
    // A TZID neither reference has a zone for, or no start at all: the event must still be
    // imported under its UID or named in a warning.
    const any =
      result.convening.sessions.some((s) => s.id.startsWith(key)) ||
      result.convening.series.some((s) => s.id.startsWith(key));
    const code = named(result, ref.uid);
    if (code !== undefined) return { outcome: "warned", code };
    return any ? { outcome: "unverified" } : { outcome: "missing", detail: "not imported" };
  }
  const starts = startsFor(result.convening, key);
  // The references agree with each other on almost every event; where they do not (a VTIMEZONE
  // one of them misreads), the instant of either is accepted.
  if (wanted.some((ms) => starts.has(ms))) return { outcome: "imported" };
  const code = named(result, ref.uid);
  if (code !== undefined) return { outcome: "warned", code };
  return {
    outcome: "missing",
    detail: `references start at ${[...new Set(wanted)].map((ms) => new Date(ms).toISOString()).join(" / ")}, fromICS has ${[...starts].map((ms) => new Date(ms).toISOString()).join(", ") || "nothing"}`,
  };
}

describe("fromICS reading the test corpora of six iCalendar implementations", () => {
  it("finds the vendored corpora", () => {
    expect(files.length).toBeGreaterThan(370);
  });

  for (const [i, file] of files.entries()) {
    it(`imports or names every event of ${file.corpus}/${file.name}`, () => {
      const c = counts.get(file.corpus)!;
      const p = productOf(file.text) ?? emptyCounts();
      c.files++;
      p.files++;
      const { icalendar, libical } = references[i]!;
      const ical = eventsOf(icalendar);
      const lib = eventsOf(libical);
      const reference = ical ?? lib ?? [];
      c.events += reference.length;
      p.events += reference.length;
      let result: IcsImportResult;
      try {
        result = fromICS(file.text, { floatingZone: "UTC" });
      } catch (error) {
        // Only our typed error for a file that is not iCalendar; never a crash.
        expect(isConveningError(error), String(error)).toBe(true);
        expect((error as { code: string }).code, String(error)).toBe("invalid_ics");
        c.errors += reference.length;
        p.errors += reference.length;
        refused.push(`${file.corpus}/${file.name}: ${(error as Error).message.slice(0, 120)}`);
        return;
      }
      const missing: string[] = [];
      for (const [j, ref] of reference.entries()) {
        // The two readers list a file's events in the same order when both read it.
        const other = ical !== undefined && lib !== undefined ? lib[j] : undefined;
        const sameEvent = other !== undefined && other.uid === ref.uid ? other : undefined;
        const {
          outcome: o,
          detail,
          code,
        } = outcome(
          result,
          ical === undefined ? undefined : ref,
          ical === undefined ? ref : sameEvent,
          reference,
        );
        if (o === "missing") missing.push(`${ref.uid ?? "(no UID)"}: ${detail}`);
        else {
          c[o]++;
          p[o]++;
        }
        if (code !== undefined) warnedBy.set(code, (warnedBy.get(code) ?? 0) + 1);
      }
      expect(missing).toEqual([]);
    });
  }

  afterAll(() => {
    const row = ([name, c]: [string, Counts]) =>
      `| ${name} | ${c.files} | ${c.events} | ${c.imported} | ${c.warned} | ${c.errors} | ${c.unverified} |`;
    const rows = [...counts].map(row);
    console.log(
      [
        "| corpus | files | events | imported | warned | errors | unverified |",
        "| --- | --- | --- | --- | --- | --- | --- |",
        ...rows,
        "",
        "| product (PRODID) | files | events | imported | warned | errors | unverified |",
        "| --- | --- | --- | --- | --- | --- | --- |",
        ...[...byProduct].map(row),
        "",
        `Warned events by code: ${[...warnedBy].map(([k, n]) => `${k} ${n}`).join(", ")}`,
        "",
        "Refused as not iCalendar:",
        ...refused,
      ].join("\n"),
    );
  });
});
