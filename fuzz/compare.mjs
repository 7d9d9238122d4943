// Compares one reader's reading of a calendar with what the calendar means to say: its
// structure (components, properties and parameter names) with the structure of the same
// document with tame text, its text with the model's, its session times with the document's.
// Each reader's documented departures from RFC 5545 are applied to the expectation first, so a
// finding is something no documented behaviour explains.

const trimBoth = (s) => (typeof s === "string" ? s.replace(/^[ \t]+|[ \t]+$/g, "") : s);
const same = (s) => s;
const utf8 = new TextEncoder();
// libical 3.0.16 drops trailing spaces and tabs from a parameter value of about 76 octets or more
// (shorter ones keep them): both readings are accepted from it.
const longParamTrimmed = (got, want) =>
  typeof want === "string" && utf8.encode(want).length > 75 && got === want.replace(/[ \t]+$/, "");
const exactly = () => false;

/**
 * Reader quirks the comparison allows, each a known, documented behaviour:
 * - libical 3 strips spaces and tabs from both ends of every property value (and of each
 *   CATEGORIES item) (packages/ical/test/hostile-text.test.ts), and splits a CATEGORIES, RDATE or
 *   EXDATE list into one property per item, and drops trailing spaces from long parameter values;
 * - ical.js holds VALUE as the value's type (jCal, RFC 7265 §3.4.1.1), never as a parameter;
 */
export const QUIRKS = {
  strict: { value: same, paramAlso: exactly, dropParams: [] },
  "ical.js": { value: same, paramAlso: exactly, dropParams: ["VALUE"] },
  // python3-icalendar 4.0.3 expands a VTIMEZONE's RRULEs only to the end of 2038; the writer
  // repeats the onsets of a span past 2038 as dates (packages/ical/src/vtimezone.ts), so its
  // times are compared at every date.
  "python-icalendar": { value: same, paramAlso: exactly, dropParams: [] },
  libical: { value: trimBoth, paramAlso: longParamTrimmed, dropParams: [], splitsLists: true },
};

// Properties whose comma-separated values libical files as one property each.
const LIST_PROPERTIES = new Set(["CATEGORIES", "RDATE", "EXDATE"]);

const TEXT_FIELDS = ["summary", "description", "location"];
const LIST_FIELDS = ["categories", "attendeeCns", "conferenceLabels", "alarmDescriptions"];
const PARAM_LISTS = new Set(["attendeeCns", "conferenceLabels"]);

/** A component as one string: its path and its property signatures, sorted. */
function componentKey({ path, props }, quirks) {
  const drop = new Set(quirks.dropParams);
  let sigs = props.map((sig) => {
    const [name, ...params] = sig.split(";");
    return [name, ...params.filter((p) => !drop.has(p))].join(";");
  });
  if (quirks.splitsLists) {
    const seen = new Set();
    sigs = sigs.filter(
      (sig) => !LIST_PROPERTIES.has(sig.split(";")[0]) || (!seen.has(sig) && seen.add(sig)),
    );
  }
  return `${path}: ${sigs.sort().join(" ")}`;
}

function multisetDiff(expected, actual) {
  const count = new Map();
  for (const x of expected) count.set(x, (count.get(x) ?? 0) + 1);
  const extra = [];
  for (const x of actual) {
    const n = count.get(x) ?? 0;
    if (n === 0) extra.push(x);
    else count.set(x, n - 1);
  }
  const missing = [...count].flatMap(([x, n]) => Array(n).fill(x));
  return { extra, missing };
}

/**
 * Components added, dropped or changed (a property or parameter added or dropped), compared as
 * a multiset: libical files VTIMEZONEs in reverse order, and order carries no meaning there.
 * VEVENT order is checked through the UIDs.
 */
export function structureFindings(expected, actual, quirks) {
  const d = multisetDiff(
    expected.map((c) => componentKey(c, quirks)),
    actual.map((c) => componentKey(c, quirks)),
  );
  if (d.extra.length === 0 && d.missing.length === 0) return [];
  return [`components read ${show(d.extra)} where ${show(d.missing)} were written`];
}

const sameJson = (a, b) => JSON.stringify(a) === JSON.stringify(b);

function show(v) {
  const s = JSON.stringify(v);
  return s.length > 160 ? `${s.slice(0, 157)}…` : s;
}

/** Text that does not come back as written (after the reader's documented quirks). */
export function textFindings(expectedEvents, expectedCalendar, reading, quirks) {
  const out = [];
  expectedEvents.forEach((want, i) => {
    const got = reading.events[i];
    if (got === undefined || got.uid !== want.uid) return;
    for (const field of TEXT_FIELDS) {
      const w = quirks.value(want[field]);
      if (got[field] !== w)
        out.push(`${want.uid} ${field}: read ${show(got[field])}, written ${show(w)}`);
    }
    for (const field of LIST_FIELDS) {
      const param = PARAM_LISTS.has(field);
      const w = param ? want[field] : want[field].map(quirks.value);
      const g = got[field];
      const ok =
        g.length === w.length &&
        g.every((x, k) => x === w[k] || (param && quirks.paramAlso(x, w[k])));
      if (!ok) out.push(`${want.uid} ${field}: read ${show(g)}, written ${show(w)}`);
    }
    if (got.url !== want.url)
      out.push(`${want.uid} url: read ${show(got.url)}, written ${show(want.url)}`);
    // Addresses are read as the URI written (mailto:, in either case: RFC 5545 §3.3.3).
    const address = (a) => (typeof a === "string" ? a.replace(/^mailto:/i, "") : a);
    const addresses = got.attendeeAddresses.map(address);
    if (!sameJson(addresses, want.attendeeAddresses))
      out.push(
        `${want.uid} attendee addresses: read ${show(addresses)}, written ${show(want.attendeeAddresses)}`,
      );
    if (address(got.organizerAddress) !== want.organizerAddress)
      out.push(
        `${want.uid} organizer address: read ${show(got.organizerAddress)}, written ${show(want.organizerAddress)}`,
      );
    const cn = want.organizerCn;
    if (got.organizerCn !== cn && !quirks.paramAlso(got.organizerCn, cn))
      out.push(`${want.uid} organizer CN: read ${show(got.organizerCn)}, written ${show(cn)}`);
  });
  for (const field of ["name", "calname", "caldesc"]) {
    const w = quirks.value(expectedCalendar[field]);
    if (reading.calendar[field] !== w)
      out.push(`calendar ${field}: read ${show(reading.calendar[field])}, written ${show(w)}`);
  }
  return out;
}

/** Session start and end instants the reader places elsewhere than the document. */
export function timeFindings(expectedEvents, reading) {
  const out = [];
  expectedEvents.forEach((want, i) => {
    const got = reading.events[i];
    if (want.start === undefined || got === undefined || got.uid !== want.uid) return;
    if (got.start !== want.start)
      out.push(`${want.uid} DTSTART: read ${got.start}, written ${want.start}`);
    if (got.end !== want.end) out.push(`${want.uid} DTEND: read ${got.end}, written ${want.end}`);
  });
  return out;
}

/** Every finding of one reader for one calendar. */
export function compareReading(reader, reading, expected) {
  const findings = { errors: [], injections: [], xlic: [], mismatches: [], times: [] };
  if (reading.crash !== undefined) {
    findings.crashed = true;
    findings.errors.push(reading.crash);
    return findings;
  }
  const quirks = QUIRKS[reader];
  findings.errors.push(...reading.errors);
  findings.xlic.push(...reading.xlic);
  findings.injections.push(...structureFindings(expected.components, reading.components, quirks));
  const uids = reading.events.map((e) => e.uid);
  const wantUids = expected.events.map((e) => e.uid);
  if (!sameJson(uids, wantUids))
    findings.injections.push(`UIDs ${show(uids)} where ${show(wantUids)} were written`);
  findings.mismatches.push(...textFindings(expected.events, expected.calendar, reading, quirks));
  findings.times.push(...timeFindings(expected.events, reading));
  return findings;
}
