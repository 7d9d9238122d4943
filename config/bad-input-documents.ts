// The valid documents the bad-input sweeps (config/bad-input.ts) start from: small, but with a
// value in every kind of field, so corrupting each field in turn reaches every reader of it.

/** A two-day convening using every section of the schema once. A fresh copy each call. */
export function richConvening(): Record<string, unknown> {
  return {
    id: "workshops-2021",
    title: { en: "Collaborative Workshops", fr: "Ateliers collaboratifs" },
    description: "Facilitated workshops.\nTwo days of them.",
    url: "https://events.example.org/workshops",
    timeZone: "America/New_York",
    displayZones: ["America/New_York", { zone: "Africa/Nairobi", label: "Nairobi" }],
    startDate: "2021-03-23",
    endDate: "2021-03-24",
    languages: ["en", "fr"],
    organizers: ["alliance"],
    contact: { name: "Front desk", email: "desk@example.org" },
    registration: {
      required: true,
      closes: "2021-03-20T23:59:00-04:00",
      capacity: 80,
      fee: { amount: 25, currency: "EUR", note: "Waived on request" },
    },
    organizations: [{ id: "alliance", name: "Global Alliance", kind: "coalition" }],
    people: [
      {
        id: "amina",
        name: "Amina",
        email: "amina@example.org",
        timeZone: "Africa/Nairobi",
        affiliations: [{ organizationId: "alliance", title: "Convener" }],
        availability: [{ day: "tu", start: "09:00", end: "17:00" }],
        visibility: "network",
        fieldVisibility: { email: "private" },
      },
      { id: "dirk", name: "Dirk", timeZone: "America/Los_Angeles" },
    ],
    venues: [
      {
        id: "main-room",
        kind: "online",
        url: "https://meet.example.org/main",
        platform: "Jitsi",
        public: false,
      },
      {
        id: "hall",
        kind: "physical",
        name: "Hall",
        locality: "Nairobi",
        country: "KE",
        geo: { lat: -1.29, lon: 36.82 },
      },
    ],
    groups: [{ id: "committee", name: "Committee", memberIds: ["amina", "dirk"] }],
    series: [
      {
        id: "calls",
        title: "Committee calls",
        timeZone: "America/New_York",
        firstDate: "2021-03-23",
        startTime: "10:00",
        duration: "PT1H",
        rule: { freq: "weekly", byWeekday: ["tu"], count: 4 },
        exceptions: ["2021-03-30"],
        overrides: [{ date: "2021-04-06", startTime: "11:00", title: "Budget" }],
        groupId: "committee",
        sequence: 1,
      },
    ],
    sessions: [
      {
        id: "story",
        title: { en: "The Power of a Story", fr: "Le pouvoir d'une histoire" },
        kind: "talk",
        start: "2021-03-23T11:20:00-04:00",
        end: "2021-03-23T12:05:00-04:00",
        venueId: "main-room",
        participants: [
          { memberId: "amina", role: "speaker" },
          { memberId: "dirk", role: "moderator" },
        ],
        interpretation: [{ language: "fr" }],
        materials: [{ title: "Slides", url: "https://events.example.org/slides" }],
        tags: ["story"],
        sequence: 2,
      },
      {
        id: "slums",
        title: "Urban Slums",
        start: "2021-03-24T11:00:00-04:00",
        end: "2021-03-24T11:45:00-04:00",
        venueId: "hall",
        participants: [{ memberId: "dirk", role: "speaker" }],
      },
    ],
    registrations: [{ memberId: "amina", target: "story", needs: { interpretation: ["fr"] } }],
  };
}

/** A series on its own, with a rule, exceptions, extra dates and an override. */
export function richSeries(): Record<string, unknown> {
  return {
    id: "convergence",
    title: "Capacity Builders Convergence",
    timeZone: "UTC",
    firstDate: "2023-10-17",
    startTime: "15:00",
    duration: "PT2H",
    rule: { freq: "monthly", interval: 3, byWeekday: [{ day: "tu", nth: 3 }], count: 4 },
    extraDates: ["2023-12-05"],
    exceptions: ["2024-04-16"],
    overrides: [{ date: "2024-01-16", startTime: "16:00", duration: "PT90M", title: "Winter" }],
  };
}

/** A directory: members, an organization, a group and a series. */
export function richDirectory(): Record<string, unknown> {
  return {
    organizations: [{ id: "fabriders", name: "FabRiders", kind: "company" }],
    members: [
      {
        id: "dirk",
        name: "Dirk",
        timeZone: "America/Los_Angeles",
        affiliations: [{ organizationId: "fabriders" }],
        availability: [{ day: "mo", start: "08:00", end: "12:00" }],
      },
    ],
    groups: [{ id: "board", name: "Board", memberIds: ["dirk"] }],
    series: [
      {
        id: "board-calls",
        title: "Board calls",
        timeZone: "America/Los_Angeles",
        firstDate: "2021-01-05",
        startTime: "09:00",
        duration: "PT1H",
        rule: { freq: "monthly", byMonthDay: [5], until: "2021-12-31" },
        groupId: "board",
      },
    ],
  };
}
