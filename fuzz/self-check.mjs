// Before each run: faults planted in a calendar that reads back cleanly, each of which the run
// must see. A detector that cannot fail would make a clean run meaningless.

import { addPythonFindings, examine, writeCase } from "./write-case.mjs";

/** A small document every reader reads cleanly (Kolkata has no DST, so no lone observance). */
const CLEAN = {
  seed: 0,
  index: -1,
  options: {
    audience: "private",
    includeAttendees: true,
    organizer: { name: "Programme team", email: "team@example.org" },
  },
  document: {
    id: "self-check",
    title: "Self check",
    timeZone: "Asia/Kolkata",
    startDate: "2024-03-30",
    endDate: "2024-03-30",
    people: [{ id: "ana", name: "Ana Lima", email: "ana@example.org" }],
    venues: [
      {
        id: "hall",
        kind: "hybrid",
        name: "Main hall",
        online: { url: "https://meet.example.org/hall", platform: "Jitsi", public: true },
      },
    ],
    sessions: [
      {
        id: "talk",
        title: "Opening talk",
        description: "Welcome and agenda",
        start: "2024-03-30T10:00:00+05:30",
        end: "2024-03-30T11:00:00+05:30",
        venueId: "hall",
        participants: [{ memberId: "ana", role: "speaker" }],
      },
    ],
  },
};

const EVENT =
  "BEGIN:VEVENT\r\nUID:evil@example.org\r\nDTSTAMP:20240101T000000Z\r\nDTSTART:20240101T000000Z\r\nSUMMARY:x\r\nEND:VEVENT\r\n";

/** Each fault: what it does to the text, and the [reader, kind] pairs that must report it. */
const FAULTS = [
  {
    name: "a line break in SUMMARY starts a property",
    plant: (ics) =>
      ics.replace("SUMMARY:Opening talk", "SUMMARY:Opening\r\nATTENDEE:mailto:evil@example.org"),
    seen: [
      ["strict", "injections"],
      ["ical.js", "injections"],
      ["python-icalendar", "injections"],
      ["libical", "injections"],
    ],
  },
  {
    name: "an extra VEVENT",
    plant: (ics) => ics.replace("END:VCALENDAR", `${EVENT}END:VCALENDAR`),
    seen: [
      ["strict", "injections"],
      ["ical.js", "injections"],
      ["python-icalendar", "injections"],
      ["libical", "injections"],
    ],
  },
  {
    name: "a DQUOTE that ends CN early",
    plant: (ics) => ics.replace('CN="Programme team"', 'CN="Programme" team"'),
    seen: [
      ["strict", "errors"],
      ["ical.js", "mismatches"],
      ["python-icalendar", "mismatches"],
      ["libical", "mismatches"],
    ],
  },
  {
    name: "a parameter smuggled into CN",
    plant: (ics) => ics.replace('CN="Programme team"', "CN=Programme;X-EVIL=1"),
    seen: [
      ["strict", "injections"],
      ["ical.js", "injections"],
      ["python-icalendar", "injections"],
      ["libical", "injections"],
    ],
  },
  {
    name: "a dropped DTEND",
    plant: (ics) => ics.replace(/DTEND[^\r]*\r\n/, ""),
    seen: [
      ["strict", "injections"],
      ["ical.js", "injections"],
      ["python-icalendar", "injections"],
      ["libical", "injections"],
    ],
  },
  {
    name: "text changed",
    plant: (ics) => ics.replace("DESCRIPTION:Welcome", "DESCRIPTION:Welcom"),
    seen: [
      ["strict", "mismatches"],
      ["ical.js", "mismatches"],
      ["python-icalendar", "mismatches"],
      ["libical", "mismatches"],
    ],
  },
  {
    name: "an unescaped comma in TEXT",
    plant: (ics) => ics.replace("SUMMARY:Opening talk", "SUMMARY:Opening, talk"),
    seen: [["strict", "errors"]],
  },
  {
    name: "a backslash before a letter in TEXT",
    plant: (ics) => ics.replace("SUMMARY:Opening talk", "SUMMARY:Opening \\talk"),
    seen: [["strict", "errors"]],
  },
  {
    name: "a line of 80 octets",
    plant: (ics) => ics.replace("SUMMARY:Opening talk", `SUMMARY:Opening talk${"x".repeat(70)}`),
    seen: [
      ["strict", "errors"],
      ["ical.js", "mismatches"],
    ],
  },
  {
    name: "a fold inside a surrogate pair",
    plant: (ics) => ics.replace("SUMMARY:Opening talk", "SUMMARY:Opening talk \ud83d\r\n \ude00"),
    seen: [["strict", "errors"]],
  },
  {
    name: "a start an hour late",
    plant: (ics) => ics.replace(/(DTSTART;TZID=Asia\/Kolkata:2024033)0T10/, "$10T11"),
    seen: [
      ["ical.js", "times"],
      ["python-icalendar", "times"],
      ["libical", "times"],
    ],
  },
  {
    name: "a broken iTIP message",
    plant: (ics) =>
      ics.replace("METHOD:PUBLISH", "METHOD:REQUEST").replace(/ORGANIZER[^\r]*\r\n/, ""),
    seen: [
      ["libical", "xlic"],
      ["strict", "injections"],
    ],
  },
];

/** Runs every planted fault; resolves to the descriptions of those the run did not see. */
export async function selfCheck(readers) {
  const clean = writeCase(CLEAN);
  if (clean.outcome !== "written")
    return [`the clean case was not written: ${clean.outcome} ${clean.error ?? ""}`];
  addPythonFindings(clean, await readers.read(clean.ics));
  const missed = [];
  for (const [reader, f] of Object.entries(clean.findings)) {
    const kinds = Object.entries(f).filter(([, v]) => Array.isArray(v) && v.length > 0);
    if (kinds.length > 0)
      missed.push(
        `the clean case has findings: ${reader} ${JSON.stringify(Object.fromEntries(kinds))}`,
      );
  }
  await Promise.all(
    FAULTS.map(async (fault) => {
      const ics = fault.plant(clean.ics);
      if (ics === clean.ics) {
        missed.push(`${fault.name}: the fault could not be planted`);
        return;
      }
      const result = { ...clean, findings: {} };
      examine(result, ics);
      addPythonFindings(result, await readers.read(ics));
      for (const [reader, kind] of fault.seen) {
        if (result.findings[reader][kind].length === 0)
          missed.push(`${fault.name}: ${reader} reports no ${kind}`);
      }
    }),
  );
  return missed;
}
