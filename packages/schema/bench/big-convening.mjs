// A large, valid convening for the benchmark: 2,000 sessions over ten days that cross the US
// spring-forward (2021-03-14), a quarter of them held in another zone, each with participants,
// materials and translations, so every semantic check has real work to do.

const ZONES = ["Europe/London", "Africa/Nairobi", "Asia/Kolkata", "America/Sao_Paulo"];
const formatters = new Map();

/** `2021-03-15T15:20:00-04:00`: `epochMs` written as wall time in `zone` with the zone's offset. */
export function isoInZone(epochMs, zone) {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    });
    formatters.set(zone, f);
  }
  const p = Object.fromEntries(f.formatToParts(epochMs).map((part) => [part.type, part.value]));
  const wall = Date.UTC(
    Number(p.year),
    Number(p.month) - 1,
    Number(p.day),
    Number(p.hour),
    Number(p.minute),
    Number(p.second),
  );
  const offset = Math.round((wall - epochMs) / 60_000);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, "0");
  const mm = String(abs % 60).padStart(2, "0");
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${sign}${hh}:${mm}`;
}

/** A valid convening document with `sessionCount` sessions. */
export function bigConvening(sessionCount = 2000) {
  const organizations = Array.from({ length: 50 }, (_, i) => ({
    id: `org-${i}`,
    name: `Organization ${i}`,
    kind: "cso",
    country: ["KE", "GB", "IN", "US", "BR"][i % 5],
    url: `https://org-${i}.example.org/`,
  }));
  const people = Array.from({ length: 300 }, (_, i) => ({
    id: `person-${i}`,
    name: `Person ${i}`,
    email: `person${i}@example.org`,
    affiliations: [{ organizationId: `org-${i % 50}`, title: "Programme lead" }],
    timeZone: ZONES[i % ZONES.length],
    languages: ["en", "fr"],
    location: { locality: "Nairobi", country: "KE" },
    practiceAreas: ["facilitation", "digital security"],
    bio: "Works with community organisers.\r\nLikes long walks.",
  }));
  const venues = Array.from({ length: 10 }, (_, i) => ({
    id: `room-${i}`,
    kind: "online",
    name: `Room ${i}`,
    url: `https://meet.example.org/room-${i}`,
    platform: "Jitsi",
  }));
  const dayStart = Date.UTC(2021, 2, 8, 13, 0); // 08:00 EST / 09:00 EDT in New York
  const sessions = Array.from({ length: sessionCount }, (_, i) => {
    const day = i % 10;
    const slot = Math.floor(i / 10) % 40;
    const start = dayStart + day * 86_400_000 + slot * 15 * 60_000;
    const end = start + 45 * 60_000;
    const zone = i % 4 === 0 ? ZONES[(i / 4) % ZONES.length] : undefined;
    const writeIn = zone ?? "America/New_York";
    return {
      id: `session-${i}`,
      title: i % 3 === 0 ? { en: `Session ${i}`, fr: `Séance ${i}` } : `Session ${i}`,
      description:
        "An interrogative conversation facilitated by community leaders.\nBring questions.",
      kind: "workshop",
      start: isoInZone(start, writeIn),
      end: isoInZone(end, writeIn),
      ...(zone ? { timeZone: zone } : {}),
      venueId: `room-${i % 10}`,
      track: "Alliances for Change",
      participants: [
        { memberId: `person-${i % 300}`, role: "facilitator" },
        { memberId: `person-${(i * 7 + 1) % 300}`, role: "speaker" },
      ],
      languages: ["en"],
      qaLanguage: "fr",
      interpretation: [{ language: "fr" }],
      materials: [{ title: "Pre-reading", url: `https://example.org/reading/${i}.pdf` }],
      tags: ["community"],
      sequence: i % 3,
    };
  });
  return {
    id: "collaborative-workshops-2021",
    title: { en: "Collaborative Workshops", fr: "Ateliers collaboratifs" },
    description: "Collaborative workshops facilitated by experts.",
    url: "https://example.org/workshops",
    timeZone: "America/New_York",
    displayZones: ["America/New_York", "Europe/London", { zone: "Africa/Nairobi", label: "EAT" }],
    startDate: "2021-03-08",
    endDate: "2021-03-17",
    languages: ["en", "fr"],
    organizers: ["org-0", "person-0"],
    registration: {
      required: true,
      opens: "2021-02-01T09:00:00-05:00",
      closes: "2021-03-07T17:00:00-05:00",
      fee: "free",
    },
    registrations: people.slice(0, 100).map((p, i) => ({
      memberId: p.id,
      target: i % 2 ? "collaborative-workshops-2021" : `session-${i}`,
    })),
    venues,
    sessions,
    people,
    organizations,
  };
}
