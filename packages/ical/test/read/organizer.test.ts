import { describe, expect, it } from "vitest";
import { fromICS } from "../../src/read/index.js";

const ics = (...lines: string[]) => `${lines.join("\r\n")}\r\n`;

const event = (uid: string, ...people: string[]) => [
  "BEGIN:VEVENT",
  `UID:${uid}`,
  "DTSTAMP:20240101T000000Z",
  "DTSTART:20240704T100000Z",
  "DTEND:20240704T110000Z",
  "SUMMARY:Steering call",
  ...people,
  "END:VEVENT",
];

describe("fromICS reading ORGANIZER and ATTENDEE", () => {
  const text = ics(
    "BEGIN:VCALENDAR",
    ...event(
      "one",
      "ORGANIZER;CN=Amina Diallo:mailto:amina@example.org",
      "ATTENDEE;CN=Ravi Iyer;ROLE=REQ-PARTICIPANT:mailto:ravi@example.org",
      "ATTENDEE;CN=Room 4;CUTYPE=ROOM:mailto:room4@example.org",
      "ATTENDEE;CN=Lee Chen;ROLE=CHAIR:mailto:lee@example.org",
    ),
    ...event(
      "two",
      "ORGANIZER;CN=Amina Diallo:mailto:AMINA@example.org",
      "ATTENDEE;ROLE=OPT-PARTICIPANT:mailto:amina@example.org",
    ),
    "END:VCALENDAR",
  );
  const { convening } = fromICS(text);

  it("makes the organiser a participant of each session with the organizer role", () => {
    expect(convening.sessions.map((s) => s.participants)).toEqual([
      [
        { memberId: "amina", role: "organizer" },
        { memberId: "ravi", role: "attendee" },
        { memberId: "lee", role: "host" },
      ],
      // Also listed as an attendee: the higher role is kept, once.
      [{ memberId: "amina", role: "organizer" }],
    ]);
  });

  it("keeps one private member per address, e-mail included, and no member for a room", () => {
    expect(convening.people.map((p) => [p.id, p.name, p.email, p.visibility])).toEqual([
      ["amina", "Amina Diallo", "amina@example.org", "private"],
      ["ravi", "Ravi Iyer", "ravi@example.org", "private"],
      ["lee", "Lee Chen", "lee@example.org", "private"],
    ]);
  });
});
