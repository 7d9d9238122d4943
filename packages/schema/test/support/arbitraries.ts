import fc from "fast-check";
import { addDays, dateIn, type InstantStyle, instantIn, nextMidnight } from "./oracle.js";

const DAY_MS = 86_400_000;

/** Zones with every kind of offset: DST north and south, half and quarter hours, none at all. */
export const ZONES = [
  "America/New_York",
  "Europe/London",
  "Africa/Nairobi",
  "Asia/Kolkata",
  "Europe/Kyiv",
  "Asia/Kathmandu",
  "Pacific/Chatham",
  "Australia/Lord_Howe",
  "America/St_Johns",
  "America/Santiago",
  "America/Sao_Paulo",
  "Asia/Tehran",
  "Pacific/Apia",
  "Europe/Brussels",
  "UTC",
] as const;

// DST changes (US, EU, Lord Howe's half hour, Chatham, Chile, Brazil's last one in 2019), so
// generated sessions often straddle one in their own zone.
const CHANGES: [number, (typeof ZONES)[number]][] = [
  [Date.UTC(2021, 2, 14, 7), "America/New_York"],
  [Date.UTC(2021, 10, 7, 6), "America/New_York"],
  [Date.UTC(2021, 2, 28, 1), "Europe/London"],
  [Date.UTC(2021, 9, 31, 1), "Europe/Brussels"],
  [Date.UTC(2021, 3, 3, 15), "Australia/Lord_Howe"],
  [Date.UTC(2021, 9, 2, 15, 30), "Australia/Lord_Howe"],
  [Date.UTC(2021, 3, 3, 14), "Pacific/Chatham"],
  [Date.UTC(2021, 8, 25, 14), "Pacific/Chatham"],
  [Date.UTC(2024, 3, 7, 3), "America/Santiago"],
  [Date.UTC(2024, 8, 8, 4), "America/Santiago"],
  [Date.UTC(2019, 1, 17, 2), "America/Sao_Paulo"],
  [Date.UTC(2021, 2, 14, 5, 30), "America/St_Johns"],
];

const LANGUAGES = ["en", "fr", "fr-CA", "sw", "pt-BR", "am", "zh-Hant", "es-419", "ase", "hi"];
const COUNTRIES = ["KE", "GB", "US", "IN", "BR", "UA", "NP", "BE", "VN", "ET"];
const WEEKDAYS = ["mo", "tu", "we", "th", "fr", "sa", "su"] as const;

// Letters from several scripts, punctuation from the seeds, an emoji (a surrogate pair).
const TEXT_UNITS = [
  ..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ,.:;&'’()—-éüßçñ",
  "ም",
  "ክ",
  "协",
  "作",
  "शहर",
  "🌍",
];

// Single-line text must show something: a title of spaces alone is refused as blank.
export const singleLine = fc
  .string({ unit: fc.constantFrom(...TEXT_UNITS), minLength: 1, maxLength: 30 })
  .filter((text) => /\S/.test(text));
export const multiLine = fc.string({
  unit: fc.constantFrom(...TEXT_UNITS, "\t", "\n", "\r\n"),
  maxLength: 60,
});
const slug = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._-]{0,20}$/);
const localized = (text: fc.Arbitrary<string>) =>
  fc.oneof(
    text,
    fc
      .uniqueArray(fc.constantFrom(...LANGUAGES), { minLength: 1, maxLength: 3 })
      .chain((tags) =>
        fc
          .tuple(...tags.map(() => text))
          .map((texts) => Object.fromEntries(tags.map((tag, i) => [tag, texts[i]]))),
      ),
  );
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const url = fc
  .tuple(fc.constantFrom("https", "http"), slug)
  .map(([scheme, path]) => `${scheme}://example.org/${path}`);

const sessionPlan = fc.record({
  startMinute: fc.nat({ max: 4 * 1440 }),
  minutes: fc.integer({ min: 5, max: 600 }),
  // Some sessions end exactly at midnight in the convening's zone, the edge of its last day.
  endsAtMidnight: fc.boolean(),
  zone: maybe(fc.constantFrom(...ZONES)),
  style: fc.constantFrom<InstantStyle>("seconds", "minutes", "fraction", "zulu"),
  title: localized(singleLine),
  description: maybe(localized(multiLine)),
  kind: maybe(fc.constantFrom("workshop", "panel", "talk", "keynote", "meeting", "break")),
  participants: fc.array(
    fc.tuple(fc.nat(), fc.constantFrom("speaker", "moderator", "facilitator", "panelist")),
    { maxLength: 3 },
  ),
  venue: maybe(fc.nat()),
  languages: fc.uniqueArray(fc.constantFrom(...LANGUAGES), { maxLength: 2 }),
  qaLanguage: maybe(fc.constantFrom(...LANGUAGES)),
  materials: fc.array(fc.record({ title: localized(singleLine), url }), { maxLength: 2 }),
  status: maybe(fc.constantFrom("scheduled", "cancelled", "moved-online")),
  sequence: maybe(fc.nat({ max: 20 })),
});

const seriesPlan = fc.record({
  zone: fc.constantFrom(...ZONES),
  title: localized(singleLine),
  startTime: fc
    .tuple(fc.nat({ max: 23 }), fc.nat({ max: 59 }))
    .map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`),
  duration: fc.constantFrom("PT1H", "PT2H", "PT45M", "PT1H30M", "P1D"),
  rule: maybe(
    fc.oneof(
      fc.record({
        freq: fc.constantFrom("daily", "weekly"),
        interval: fc.integer({ min: 1, max: 4 }),
        byWeekday: maybe(
          fc.uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: 1, maxLength: 3 }),
        ),
      }),
      fc.record({
        freq: fc.constantFrom("monthly", "yearly"),
        interval: fc.integer({ min: 1, max: 3 }),
        byWeekday: maybe(
          fc.array(
            fc.record({ day: fc.constantFrom(...WEEKDAYS), nth: fc.constantFrom(1, 2, 3, 4, -1) }),
            { minLength: 1, maxLength: 2 },
          ),
        ),
      }),
    ),
  ),
  end: fc.oneof(
    fc.constant(undefined),
    fc.integer({ min: 1, max: 50 }).map((count) => ({ count })),
    fc.nat({ max: 700 }).map((days) => ({ days })),
  ),
  exceptions: fc.array(fc.nat({ max: 300 }), { maxLength: 2 }),
  group: maybe(fc.nat()),
});

/** Sizes: the mutation property needs at least one of everything it edits. */
export interface Sizes {
  min: number;
}

/**
 * Valid convening documents, built from random choices: sessions in random zones written with the
 * offsets Intl gives (often across a DST change), the convening's dates derived from where its
 * sessions fall in its zone, people, organizations, venues, groups, series and registrations
 * that all refer to each other.
 */
export function validConvening({ min }: Sizes = { min: 0 }) {
  return fc
    .record({
      idSlug: slug,
      // Anywhere in 2000–2035 over up to four days, or within hours of a change in its own zone.
      frame: fc.oneof(
        fc.record({
          zone: fc.constantFrom(...ZONES),
          base: fc
            .integer({ min: Date.UTC(2000, 0, 1) / DAY_MS, max: Date.UTC(2035, 11, 31) / DAY_MS })
            .map((d) => d * DAY_MS),
          window: fc.constant(4 * 1440),
        }),
        fc
          .tuple(fc.constantFrom(...CHANGES), fc.integer({ min: -600, max: 0 }))
          .map(([[change, zone], m]) => ({
            zone,
            base: change + m * 60_000,
            window: 720,
          })),
      ),
      daysBefore: fc.nat({ max: 2 }),
      daysAfter: fc.nat({ max: 2 }),
      title: localized(singleLine),
      description: maybe(localized(multiLine)),
      languages: fc.uniqueArray(fc.constantFrom(...LANGUAGES), { maxLength: 3 }),
      displayZones: fc.array(
        fc.oneof(
          fc.constantFrom(...ZONES),
          fc.record({
            zone: fc.constantFrom(...ZONES),
            label: fc.string({
              unit: fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
              minLength: 2,
              maxLength: 5,
            }),
          }),
        ),
        { maxLength: 3 },
      ),
      sessions: fc.array(sessionPlan, { minLength: min === 0 ? 0 : 2, maxLength: 8 }),
      people: fc.array(
        fc.record({
          name: singleLine,
          zone: maybe(fc.constantFrom(...ZONES)),
          org: maybe(fc.nat()),
          country: maybe(fc.constantFrom(...COUNTRIES)),
          bio: maybe(localized(multiLine)),
          visibility: maybe(fc.constantFrom("public", "network", "private")),
        }),
        { minLength: min, maxLength: 5 },
      ),
      organizations: fc.array(
        fc.record({
          name: singleLine,
          country: maybe(fc.constantFrom(...COUNTRIES)),
          url: maybe(url),
        }),
        { minLength: min, maxLength: 3 },
      ),
      venues: fc.array(
        fc.oneof(
          fc.record({ kind: fc.constant("online" as const), url, platform: maybe(singleLine) }),
          fc.record({
            kind: fc.constant("physical" as const),
            name: singleLine,
            country: maybe(fc.constantFrom(...COUNTRIES)),
          }),
        ),
        { minLength: min, maxLength: 3 },
      ),
      series: fc.array(seriesPlan, { minLength: min, maxLength: 2 }),
      groups: fc.array(
        fc.record({
          name: singleLine,
          members: fc.uniqueArray(fc.nat({ max: 4 }), { maxLength: 4 }),
        }),
        { minLength: min, maxLength: 2 },
      ),
      organizers: fc.array(fc.tuple(fc.boolean(), fc.nat()), { minLength: min, maxLength: 2 }),
      registrations: fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: min, maxLength: 3 }),
    })
    .map(({ frame, ...plan }) => {
      const { zone, base } = frame;
      const sessionIds = plan.sessions.map((_, i) => `${plan.idSlug}.s${i}`);
      const seriesIds = plan.series.map((_, i) => `${plan.idSlug}.r${i}`);
      const personIds = plan.people.map((_, i) => `person.p${i}`);
      const orgIds = plan.organizations.map((_, i) => `org.o${i}`);
      const venueIds = plan.venues.map((_, i) => `venue.v${i}`);
      const groupIds = plan.groups.map((_, i) => `group.g${i}`);
      const pick = <T>(list: readonly T[], n: number): T | undefined =>
        list.length === 0 ? undefined : list[n % list.length];

      const sessions = plan.sessions.map((s, i) => {
        const start =
          base + (s.startMinute % frame.window) * 60_000 + (s.style === "fraction" ? 123 : 0);
        const end = s.endsAtMidnight ? nextMidnight(zone, start) : start + s.minutes * 60_000;
        const writeIn = s.zone ?? zone;
        const participants =
          personIds.length === 0
            ? []
            : s.participants.map(([p, role]) => ({ memberId: pick(personIds, p)!, role }));
        return {
          id: sessionIds[i]!,
          title: s.title,
          ...(s.description === undefined ? {} : { description: s.description }),
          ...(s.kind === undefined ? {} : { kind: s.kind }),
          start: instantIn(writeIn, start, s.style),
          end: instantIn(writeIn, end, s.style),
          ...(s.zone === undefined ? {} : { timeZone: s.zone }),
          ...(s.venue === undefined || venueIds.length === 0
            ? {}
            : { venueId: pick(venueIds, s.venue) }),
          // A participant listed twice is allowed (two roles); keep the first role per person.
          participants: participants.filter(
            (p, j) => participants.findIndex((q) => q.memberId === p.memberId) === j,
          ),
          languages: s.languages,
          ...(s.qaLanguage === undefined ? {} : { qaLanguage: s.qaLanguage }),
          materials: s.materials,
          ...(s.status === undefined ? {} : { status: s.status }),
          ...(s.sequence === undefined ? {} : { sequence: s.sequence }),
          _epochs: [start, end] as const,
        };
      });

      // The convening's dates: where its sessions fall in its zone, widened a little.
      const days: string[] = [];
      for (const s of sessions)
        days.push(dateIn(zone, s._epochs[0]), dateIn(zone, s._epochs[1] - 1));
      if (days.length === 0) days.push(dateIn(zone, base));
      days.sort();
      const startDate = addDays(days[0]!, -plan.daysBefore);
      const endDate = addDays(days[days.length - 1]!, plan.daysAfter);
      const conveningId = `${plan.idSlug}.c0`;

      const series = plan.series.map((s, i) => {
        const firstDate = startDate;
        const rule =
          s.rule === undefined
            ? undefined
            : {
                ...Object.fromEntries(Object.entries(s.rule).filter(([, v]) => v !== undefined)),
                ...(s.end && "count" in s.end ? { count: s.end.count } : {}),
                ...(s.end && "days" in s.end ? { until: addDays(firstDate, s.end.days) } : {}),
              };
        return {
          id: seriesIds[i]!,
          title: s.title,
          timeZone: s.zone,
          firstDate,
          startTime: s.startTime,
          duration: s.duration,
          ...(rule === undefined ? {} : { rule }),
          exceptions: [...new Set(s.exceptions.map((d) => addDays(firstDate, d + 1)))],
          ...(s.group === undefined || groupIds.length === 0
            ? {}
            : { groupId: pick(groupIds, s.group) }),
        };
      });

      return {
        id: conveningId,
        title: plan.title,
        ...(plan.description === undefined ? {} : { description: plan.description }),
        timeZone: zone,
        displayZones: plan.displayZones,
        startDate,
        endDate,
        languages: plan.languages,
        organizers: plan.organizers.flatMap(([org, n]) => {
          const id = org ? pick(orgIds, n) : pick(personIds, n);
          return id === undefined ? [] : [id];
        }),
        organizations: plan.organizations.map((o, i) => ({
          id: orgIds[i]!,
          name: o.name,
          ...(o.country === undefined ? {} : { country: o.country }),
          ...(o.url === undefined ? {} : { url: o.url }),
        })),
        people: plan.people.map((p, i) => ({
          id: personIds[i]!,
          name: p.name,
          ...(p.zone === undefined ? {} : { timeZone: p.zone }),
          affiliations:
            p.org === undefined || orgIds.length === 0
              ? []
              : [{ organizationId: pick(orgIds, p.org)! }],
          ...(p.country === undefined ? {} : { location: { country: p.country } }),
          ...(p.bio === undefined ? {} : { bio: p.bio }),
          ...(p.visibility === undefined ? {} : { visibility: p.visibility }),
        })),
        venues: plan.venues.map((v, i) => ({
          id: venueIds[i]!,
          ...Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined)),
        })),
        sessions: sessions.map(({ _epochs, ...session }) => session),
        series,
        groups: plan.groups.map((g, i) => ({
          id: groupIds[i]!,
          name: g.name,
          memberIds: [
            ...new Set(
              g.members.flatMap((m) => (personIds.length === 0 ? [] : [pick(personIds, m)!])),
            ),
          ],
        })),
        registrations:
          personIds.length === 0
            ? []
            : plan.registrations.map(([p, t]) => ({
                memberId: pick(personIds, p)!,
                target: pick([conveningId, ...sessionIds], t)!,
              })),
      };
    });
}

export type GeneratedConvening =
  ReturnType<typeof validConvening> extends fc.Arbitrary<infer T> ? T : never;
