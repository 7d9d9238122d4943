import { DateTime } from "luxon";

// The convening of run.mjs, as a plain document (parse it yourself): 2,000 sessions over ten days
// that cross the US spring-forward (2021-03-14), a quarter of them held in London or Nairobi time,
// each with a speaker, a panelist and a moderator from 400 people in 50 organisations, a material,
// and one of 25 venues. Its own module so test/one-session.test.ts checks the very calendars the
// benchmark times.

const ZONES = ["America/New_York", "America/New_York", "Europe/London", "Africa/Nairobi"];
export const organizations = Array.from({ length: 50 }, (_, i) => ({
  id: `org-${i}`,
  name: `Organisation ${i}`,
  shortName: `O${i}`,
}));
export const people = Array.from({ length: 400 }, (_, i) => ({
  id: `person-${i}`,
  name: `Person ${i} Name`,
  email: `person${i}@example.org`,
  affiliations: [{ organizationId: `org-${i % 50}`, title: "Programme Director" }],
}));
export const venues = [
  ...Array.from({ length: 20 }, (_, i) => ({
    id: `room-${i}`,
    kind: "online",
    name: `Room ${i}`,
    platform: "Zoom",
    url: `https://zoom.example.org/j/${1000 + i}`,
    public: i % 2 === 0,
  })),
  ...Array.from({ length: 5 }, (_, i) => ({
    id: `hall-${i}`,
    kind: "physical",
    name: `Hall ${i}`,
    address: `${i + 1} Rue de la Loi`,
    locality: "Brussels",
    country: "BE",
    geo: { lat: 50.84 + i / 100, lon: 4.38 },
  })),
];
const KINDS = ["workshop", "panel", "talk", "keynote", "breakout"];
export const sessions = Array.from({ length: 2000 }, (_, i) => {
  const zone = ZONES[i % ZONES.length];
  const start = DateTime.fromISO("2021-03-09T09:00:00", { zone: "America/New_York" })
    .plus({ days: Math.floor(i / 200), minutes: (i % 200) * 4 })
    .setZone(zone);
  return {
    id: `session-${i}`,
    title: `Session ${i}: communities, data and the Sustainable Development Goals`,
    description: `What it will take for communities to be at the centre of their development, with case studies and an open discussion (${i}).`,
    kind: KINDS[i % KINDS.length],
    track: `Track ${i % 8}`,
    start: start.toISO({ suppressMilliseconds: true }),
    end: start.plus({ minutes: 45 }).toISO({ suppressMilliseconds: true }),
    timeZone: zone,
    venueId: venues[i % venues.length].id,
    participants: [
      { memberId: `person-${i % 400}`, role: "speaker" },
      { memberId: `person-${(i + 1) % 400}`, role: "panelist" },
      { memberId: `person-${(i + 2) % 400}`, role: "moderator" },
    ],
    materials: [{ title: "Pre-reading", url: `https://example.org/reading/${i}.pdf` }],
    sequence: i % 3,
    updatedAt: "2021-03-01T09:30:00Z",
  };
});
export const convening = {
  id: "big-convening",
  title: "A very large convening",
  url: "https://events.example.org/big",
  timeZone: "America/New_York",
  startDate: "2021-03-09",
  endDate: "2021-03-19",
  languages: ["en"],
  organizations,
  people,
  venues,
  sessions,
};
