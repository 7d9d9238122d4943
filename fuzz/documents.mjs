// Hostile but schema-valid convening documents, one per (seed, index): unusual zones, times on
// and around DST changes, series with odd rules, many sessions, and hostile text in every field
// that reaches a calendar. About one document in eight is made invalid on purpose (a forbidden
// character in one text field, a quote or line break in a URL or e-mail address, an offset that
// disagrees with its zone, a dangling reference, an end before the start), so the schema's
// refusals are exercised too.

import { DAY_MS, isTimeZone, zoneOffsetSeconds, zoneOffsetTable } from "@convening/core";
import { parseSeries } from "@convening/schema";
import { expandSeries } from "@convening/time";
import { hostileLine, hostileText, withForbidden } from "./hostile-text.mjs";
import { randomFor } from "./random.mjs";

// Zones with every oddity a VTIMEZONE has to carry: a research station whose zone starts in 2005
// (Troll, +02 in summer), quarter- and half-hour offsets (Chatham, Kathmandu, Eucla, Marquesas,
// St John's), a half-hour DST shift (Lord Howe), zones now on a permanent offset (Istanbul 2016,
// Amman and Damascus 2022, Asuncion 2024, Mexico City 2022, Tehran 2022), DST reversed for
// Ramadan (Casablanca), negative DST (Dublin), a skipped day (Apia), DST at midnight (Havana,
// Santiago), +14 and -12, aliases the toolkit canonicalises (US/Eastern, Asia/Calcutta).
const ZONES = [
  "Antarctica/Troll",
  "Pacific/Chatham",
  "Asia/Kathmandu",
  "Australia/Lord_Howe",
  "Europe/Istanbul",
  "Asia/Amman",
  "Asia/Damascus",
  "America/Asuncion",
  "America/Mexico_City",
  "Asia/Tehran",
  "Africa/Casablanca",
  "Europe/Dublin",
  "Pacific/Apia",
  "America/Havana",
  "America/Santiago",
  "Pacific/Kiritimati",
  "Etc/GMT+12",
  "Etc/GMT-14",
  "Australia/Eucla",
  "Pacific/Marquesas",
  "America/St_Johns",
  "Asia/Gaza",
  "Africa/Cairo",
  "America/Nuuk",
  "Pacific/Norfolk",
  "Europe/Moscow",
  "Europe/Volgograd",
  "Antarctica/Casey",
  "US/Eastern",
  "Asia/Calcutta",
  "America/New_York",
  "Europe/London",
  "Europe/Paris",
  "Africa/Nairobi",
  "Asia/Kolkata",
  "Asia/Tokyo",
  "Australia/Sydney",
  "UTC",
].filter((zone) => isTimeZone(zone));

const LANGUAGES = ["en", "fr", "fr-CA", "sw", "ar", "he", "am", "zh-Hant", "es-419", "ase", "hi"];
const COUNTRIES = ["KE", "GB", "US", "IN", "BR", "NP", "BE", "FR", "NZ", "AQ", "TR", "JO"];
const WEEKDAYS = ["mo", "tu", "we", "th", "fr", "sa", "su"];
const KINDS = ["workshop", "panel", "talk", "keynote", "plenary", "breakout", "meeting", "social"];
const ROLES = ["facilitator", "speaker", "moderator", "panelist", "host", "organizer"];
const MORE_ROLES = [...ROLES, "interpreter", "note-taker", "attendee"];
const EMAILS = [
  "o'neil+tag@example.org",
  "a_b-c.d@sub-domain.example.org",
  "x@ex.co",
  "user.name+tag+sorting@example.com",
  "x@xn--bcher-kva.example",
  "UPPER.Case@Example.ORG",
  `${"l".repeat(60)}@example.org`,
];
// URLs the schema accepts that carry what TEXT and URI values treat differently: commas,
// semicolons, colons, apostrophes, parentheses, percent escapes of CR LF, non-ASCII (percent-
// encoded when written as a URI), user info, ports, IPv6 hosts, fragments, great length.
const URLS = [
  "https://meet.example.org/room?a=1,2;b=3",
  "https://example.org/a;b,c:d'e(f)!*$&=+@?x=1;y=2,3#frag;,:",
  "https://example.org/%0D%0AX-EVIL:1",
  "https://bücher.example/straße?q=é&r=👩🏽‍💻",
  "http://[::1]:8080/x;y",
  "https://user:p;a,ss@example.org:8443/",
  "https://example.org/\u200f\u202e/x",
  "https://example.org/?q=BEGIN:VEVENT",
  `https://example.org/${"long-".repeat(60)}`,
  "https://example.org",
];
const PLATFORMS_URLS = ["https://zoom.example/j/123?pwd=a;b,c", "https://jitsi.example/Room:1"];

const clone = (v) => JSON.parse(JSON.stringify(v));

// ---------------------------------------------------------------- times

// Transitions per zone between 1971 and 2040, computed once per zone of the list above.
const transitionCache = new Map();
function transitions(zone) {
  let list = transitionCache.get(zone);
  if (list === undefined) {
    list = zoneOffsetTable(zone).transitionsBetween(Date.UTC(1971, 0, 1), Date.UTC(2040, 0, 1));
    transitionCache.set(zone, list);
  }
  return list;
}

const pad = (n, w = 2) => String(Math.abs(n)).padStart(w, "0");

function offsetText(seconds) {
  const minutes = Math.round(seconds / 60);
  return `${minutes < 0 ? "-" : "+"}${pad(Math.trunc(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

/** An instant written in the offset `zone` has then, in one of the ISO forms the schema accepts. */
function instantText(r, ms, zone) {
  const offset = zoneOffsetSeconds(zone, ms);
  const local = new Date(ms + offset * 1000).toISOString();
  const date = local.slice(0, 10);
  const seconds = local.slice(17, 19);
  const style = r.weighted([
    [12, "seconds"],
    [3, "minutes"],
    [1, "fraction"],
    [1, "zulu"],
  ]);
  const hm = local.slice(11, 16);
  const off = style === "zulu" && offset === 0 ? "Z" : offsetText(offset);
  if (style === "minutes" && seconds === "00" && local.slice(20, 23) === "000")
    return `${date}T${hm}${off}`;
  if (style === "fraction") return `${date}T${hm}:${seconds}.${local.slice(20, 23)}${off}`;
  return `${date}T${hm}:${seconds}${off}`;
}

function localDay(zone, ms) {
  return Math.floor((ms + zoneOffsetSeconds(zone, ms) * 1000) / DAY_MS);
}

const dateText = (day) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** A base instant for a document: on a DST change of `zone`, or anywhere from 1972 to 2037. */
function baseInstant(r, zone) {
  const list = transitions(zone);
  if (list.length > 0 && r.chance(0.6)) {
    // Most changes from 1995 on, some earlier (Troll before its zone existed, Casey's changes).
    const recent = list.filter((t) => t.at >= Date.UTC(1995, 0, 1));
    const t = r.pick(recent.length > 0 && r.chance(0.85) ? recent : list);
    return t.at + r.int(-8, 8) * 15 * 60_000;
  }
  return r.weighted([
    [6, () => Date.UTC(2020, 0, 1) + r.int(0, 10 * 365) * DAY_MS + r.int(0, 1439) * 60_000],
    [2, () => Date.UTC(1972, 0, 1) + r.int(0, 33 * 365) * DAY_MS + r.int(0, 1439) * 60_000],
    [1, () => Date.UTC(2030, 0, 1) + r.int(0, 7 * 365) * DAY_MS + r.int(0, 95) * 15 * 60_000],
  ])();
}

/** A start near `base`: on a change of `zone` nearby, or a few days around it. */
function sessionStart(r, base, zone) {
  if (r.chance(0.5)) {
    const near = transitions(zone).filter((t) => Math.abs(t.at - base) < 40 * DAY_MS);
    if (near.length > 0) {
      const t = r.pick(near);
      return t.at + r.int(-12, 12) * 15 * 60_000 + (r.chance(0.1) ? r.int(1, 59_999) : 0);
    }
  }
  return (
    base +
    r.int(-20, 20) * DAY_MS +
    r.int(-48, 48) * 15 * 60_000 +
    (r.chance(0.03) ? r.int(1, 999) : 0)
  );
}

function sessionLength(r) {
  return r.weighted([
    [10, () => r.int(1, 12) * 15 * 60_000],
    [1, () => r.int(1, 59) * 1000],
    [1, () => r.int(1, 10) * DAY_MS + r.int(0, 95) * 15 * 60_000],
    [1, () => 3 * 3600_000],
  ])();
}

// ---------------------------------------------------------------- text

function line(r, max) {
  return hostileLine(r, max);
}

/** A localized single-line value: one string, or a map of language tag to text. */
function localizedLine(r, max) {
  if (!r.chance(0.2)) return line(r, max);
  const map = {};
  for (const tag of r.subset(LANGUAGES, 2)) map[tag] = line(r, max);
  if (Object.keys(map).length === 0) map.fr = line(r, max);
  return map;
}

function localizedText(r, max) {
  if (!r.chance(0.15)) return hostileText(r, max);
  const map = {};
  for (const tag of r.subset(LANGUAGES, 2)) map[tag] = hostileText(r, max);
  if (Object.keys(map).length === 0) map.en = hostileText(r, max);
  return map;
}

const maybe = (r, p, make) => (r.chance(p) ? make() : undefined);

/** Drops undefined members so the document is what a JSON file would hold. */
function compact(object) {
  return Object.fromEntries(Object.entries(object).filter(([, v]) => v !== undefined));
}

// ---------------------------------------------------------------- entities

function member(r, i) {
  const emailVisible = r.chance(0.2);
  return compact({
    id: `p${i}`,
    name: line(r, 500),
    pronouns: maybe(r, 0.3, () => line(r, 60)),
    email: maybe(r, 0.8, () => r.pick(EMAILS).replace("@", `${i}@`)),
    affiliations: r.chance(0.4) ? [{ organizationId: "org0", title: line(r, 500) }] : undefined,
    bio: maybe(r, 0.2, () => localizedText(r, 3000)),
    links: r.chance(0.2) ? [{ label: line(r, 100), url: r.pick(URLS) }] : undefined,
    visibility: r.weighted([
      [6, "public"],
      [2, "network"],
      [1, "private"],
    ]),
    fieldVisibility: emailVisible ? { email: "public" } : undefined,
  });
}

function dialIns(r) {
  const n = r.size(1, 3);
  return Array.from({ length: n }, () =>
    compact({
      number: r.pick(["+1 646 558 8656", "+33 1 23 45 67 89", "+254 (20) 123-456 ext. 7;8", "12"]),
      pin: maybe(r, 0.6, () => line(r, 60)),
    }),
  );
}

function onlineSide(r) {
  return compact({
    url: r.chance(0.5) ? r.pick(PLATFORMS_URLS) : r.pick(URLS),
    platform: maybe(r, 0.7, () => line(r, 100)),
    dialIn: r.chance(0.4) ? dialIns(r) : undefined,
    public: r.chance(0.6),
  });
}

function geo(r) {
  return r.pick([
    { lat: 0, lon: 0 },
    { lat: -0, lon: -0.5 },
    { lat: 90, lon: 180 },
    { lat: -90, lon: -180 },
    { lat: 1e-7, lon: -1e-7 },
    { lat: -77.85, lon: 166.67 },
    { lat: 51.5074, lon: -0.1278 },
  ]);
}

function physical(r) {
  return {
    name: line(r, 500),
    address: maybe(r, 0.5, () => line(r, 500)),
    locality: maybe(r, 0.5, () => line(r, 200)),
    region: maybe(r, 0.2, () => line(r, 200)),
    postalCode: maybe(r, 0.2, () => line(r, 40)),
    country: maybe(r, 0.4, () => r.pick(COUNTRIES)),
    geo: maybe(r, 0.4, () => geo(r)),
    accessibility: maybe(r, 0.3, () => localizedText(r, 1000)),
  };
}

function venue(r, i) {
  const kind = r.pick(["physical", "online", "hybrid"]);
  if (kind === "physical") return compact({ id: `v${i}`, kind, ...physical(r) });
  if (kind === "online")
    return compact({
      id: `v${i}`,
      kind,
      name: maybe(r, 0.5, () => line(r, 500)),
      ...onlineSide(r),
      accessibility: maybe(r, 0.3, () => localizedText(r, 1000)),
    });
  return compact({ id: `v${i}`, kind, ...physical(r), online: onlineSide(r) });
}

function session(r, i, ctx) {
  const zone = r.chance(0.8) ? ctx.zone : r.pick(ZONES);
  const start = sessionStart(r, ctx.base, zone);
  const end = start + sessionLength(r);
  ctx.instants.push(start, end);
  const people = r.subset(ctx.people, 2);
  return compact({
    id: `s${i}`,
    title: localizedLine(r, 500),
    description: maybe(r, 0.7, () => localizedText(r, r.chance(0.03) ? 20_000 : 2000)),
    kind: r.pick(KINDS),
    start: instantText(r, start, zone),
    end: instantText(r, end, zone),
    timeZone: zone === ctx.zone && r.chance(0.7) ? undefined : zone,
    venueId: ctx.venues.length > 0 && r.chance(0.7) ? r.pick(ctx.venues) : undefined,
    track: maybe(r, 0.3, () => line(r, 200)),
    participants:
      people.length > 0
        ? people.map((id) => ({ memberId: id, role: r.pick(MORE_ROLES) }))
        : undefined,
    languages: r.chance(0.3) ? r.subset(LANGUAGES, 2) : undefined,
    qaLanguage: maybe(r, 0.1, () => r.pick(LANGUAGES)),
    interpretation: r.chance(0.1)
      ? [{ language: r.pick(LANGUAGES), mode: r.pick(["simultaneous", "sign", "captions"]) }]
      : undefined,
    accessibility: maybe(r, 0.15, () => localizedText(r, 1000)),
    materials: r.chance(0.2)
      ? Array.from({ length: r.int(1, 3) }, () => ({
          title: localizedLine(r, 200),
          url: r.pick(URLS),
        }))
      : undefined,
    url: maybe(r, 0.2, () => r.pick(URLS)),
    tags: r.chance(0.1) ? [line(r, 100)] : undefined,
    status: r.weighted([
      [12, undefined],
      [1, "cancelled"],
      [1, "tentative"],
      [1, "postponed"],
      [1, "rescheduled"],
      [1, "moved-online"],
    ]),
    sequence: maybe(r, 0.2, () => r.int(0, 5)),
    updatedAt: maybe(r, 0.2, () => instantText(r, start - r.int(1, 100) * DAY_MS, "UTC")),
  });
}

/** HH:mm of the wall clock just before a change of `zone` near `base`, or any time. */
function seriesTime(r, zone, base) {
  const near = transitions(zone).filter((t) => Math.abs(t.at - base) < 400 * DAY_MS);
  if (near.length > 0 && r.chance(0.6)) {
    const t = r.pick(near);
    // The wall time at the change, read in the offset before it: inside the gap when clocks go
    // forward, in the repeated hour when they go back.
    const wall = t.at + t.before * 1000 + r.int(-2, 4) * 15 * 60_000;
    const d = new Date(wall);
    return {
      time: `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`,
      day: Math.floor(wall / DAY_MS),
    };
  }
  return {
    time: r.pick([
      "00:00",
      "23:59",
      "12:00",
      "23:30",
      "02:30",
      "01:30",
      `${pad(r.int(0, 23))}:${pad(r.int(0, 59))}`,
    ]),
    day: localDay(zone, base) + r.int(-10, 10),
  };
}

function rule(r, firstDay) {
  const freq = r.pick(["daily", "weekly", "monthly", "yearly"]);
  const out = { freq };
  if (r.chance(0.4)) out.interval = r.chance(0.05) ? r.int(2, 1000) : r.int(2, 4);
  if (r.chance(0.5) && freq !== "daily") {
    const nth = freq === "monthly" || freq === "yearly";
    out.byWeekday = r
      .subset(WEEKDAYS, 2)
      .map((day) =>
        nth && r.chance(0.6) ? { day, nth: r.pick([1, 2, 3, 4, 5, -1, -2, -5]) } : day,
      );
    if (out.byWeekday.length === 0) out.byWeekday = [r.pick(WEEKDAYS)];
  }
  if (r.chance(0.3) && freq !== "weekly")
    out.byMonthDay = r.subset([1, 3, 15, 28, 29, 30, 31, -1, -2, -31], 2);
  if (r.chance(0.3)) out.byMonth = r.subset([1, 2, 3, 4, 6, 9, 10, 11, 12], 2);
  const end = r.weighted([
    [5, "count"],
    [3, "until"],
    [1, "open"],
  ]);
  if (end === "count") out.count = r.chance(0.05) ? r.int(50, 400) : r.int(1, 12);
  if (end === "until") out.until = dateText(firstDay + r.int(0, 800));
  for (const key of ["byWeekday", "byMonthDay", "byMonth"])
    if (Array.isArray(out[key]) && out[key].length === 0) delete out[key];
  return out;
}

/**
 * Dates the series meets on (its first 40 within three years): toICS refuses overrides and
 * exceptions of dates the rule does not give, so those are taken from here.
 */
function meetingDates(base) {
  try {
    const first = Date.parse(`${base.firstDate}T00:00:00Z`);
    return expandSeries(parseSeries(base), {
      from: first - 2 * DAY_MS,
      to: first + 3 * 366 * DAY_MS,
    })
      .slice(0, 40)
      .map((o) => o.date);
  } catch {
    return [];
  }
}

function series(r, i, ctx) {
  const zone = r.chance(0.6) ? ctx.zone : r.pick(ZONES);
  const { time, day } = seriesTime(r, zone, ctx.base);
  const firstDay = day;
  const base = compact({
    id: `series${i}`,
    title: localizedLine(r, 500),
    description: maybe(r, 0.5, () => localizedText(r, 2000)),
    kind: maybe(r, 0.3, () => r.pick(KINDS)),
    timeZone: zone,
    firstDate: dateText(firstDay),
    startTime: time,
    duration: r.pick([
      "PT1H",
      "PT15M",
      "PT90M",
      "PT2H30M",
      "P1D",
      "PT1M",
      "P1DT2H",
      "P1W",
      "PT45M",
    ]),
    rule: r.chance(0.85) ? rule(r, firstDay) : undefined,
    extraDates: r.chance(0.3) ? [dateText(firstDay + r.int(1, 200))] : undefined,
    venueId: ctx.venues.length > 0 && r.chance(0.5) ? r.pick(ctx.venues) : undefined,
    groupId: ctx.groups.length > 0 && r.chance(0.5) ? r.pick(ctx.groups) : undefined,
    url: maybe(r, 0.2, () => r.pick(URLS)),
    status: maybe(r, 0.05, () => "cancelled"),
    sequence: maybe(r, 0.2, () => r.int(0, 5)),
  });
  // Exceptions and overrides on distinct dates the series meets on.
  const dates = [...new Set(meetingDates(base))];
  const take = () =>
    dates.length > 0 ? dates.splice(r.int(0, dates.length - 1), 1)[0] : undefined;
  const exceptions = [];
  if (r.chance(0.3))
    for (let k = r.int(1, 3); k > 0 && dates.length > 1; k--) exceptions.push(take());
  const overrides = [];
  for (let k = r.size(2, 6); k > 0 && dates.length > 0; k--) {
    overrides.push(
      compact({
        date: take(),
        title: maybe(r, 0.6, () => localizedLine(r, 500)),
        description: maybe(r, 0.3, () => localizedText(r, 2000)),
        status: maybe(r, 0.3, () => r.pick(["scheduled", "cancelled"])),
        newDate: maybe(r, 0.15, () => dateText(firstDay + r.int(-3, 40))),
        startTime: maybe(r, 0.15, () => seriesTime(r, zone, ctx.base).time),
        duration: maybe(r, 0.1, () => r.pick(["PT30M", "PT2H", "P1D"])),
        venueId: ctx.venues.length > 0 && r.chance(0.1) ? r.pick(ctx.venues) : undefined,
      }),
    );
  }
  return compact({
    ...base,
    exceptions: exceptions.length > 0 ? exceptions : undefined,
    overrides: overrides.length > 0 ? overrides : undefined,
  });
}

// ---------------------------------------------------------------- options

function options(r) {
  // Now and then an invitation or a cancellation (iTIP, RFC 5546), which libical checks.
  const method = r.weighted([
    [18, undefined],
    [1, "REQUEST"],
    [1, "CANCEL"],
  ]);
  const invitation = method !== undefined;
  return compact({
    method,
    audience: invitation
      ? "private"
      : r.weighted([
          [3, "public"],
          [1, "network"],
          [3, "private"],
        ]),
    includeAttendees: invitation || r.chance(0.6) ? true : undefined,
    language: maybe(r, 0.2, () => (r.chance(0.5) ? r.pick(LANGUAGES) : r.subset(LANGUAGES, 2))),
    name: maybe(r, 0.3, () => line(r, 500)),
    url: maybe(r, 0.1, () => r.pick(URLS)),
    domain: maybe(r, 0.2, () =>
      r.pick(["events.example.org", "xn--bcher-kva.example", "EXAMPLE.org"]),
    ),
    alarms: r.chance(0.2) ? [r.pick([0, 15, "PT1H", "P1D", 90])] : undefined,
    refreshInterval: maybe(r, 0.1, () => r.pick(["PT1H", 30, "P1D"])),
    organizer:
      invitation || r.chance(0.3) ? { name: line(r, 500), email: r.pick(EMAILS) } : undefined,
  });
}

// ---------------------------------------------------------------- invalid on purpose

const MULTI_LINE_KEYS = new Set(["description", "bio", "accessibility", "instructions", "note"]);
// Keys whose string values (or localized map values) are free text a calendar may carry.
const TEXT_KEYS = new Set([
  ...MULTI_LINE_KEYS,
  "title",
  "name",
  "pronouns",
  "address",
  "locality",
  "region",
  "postalCode",
  "platform",
  "pin",
  "track",
  "label",
  "shortName",
  "tags",
]);

/** Every text value of `doc` as [holder, key] pairs (a localized map or an array is its own holder). */
function textSlots(value, out = [], key = undefined) {
  if (Array.isArray(value)) {
    value.forEach((v, i) => {
      if (typeof v === "string" && TEXT_KEYS.has(key))
        out.push({ holder: value, key: i, multi: false });
      else textSlots(v, out);
    });
  } else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if (typeof v === "string" && TEXT_KEYS.has(k))
        out.push({ holder: value, key: k, multi: MULTI_LINE_KEYS.has(k) });
      else if (TEXT_KEYS.has(k) && v !== null && typeof v === "object" && !Array.isArray(v)) {
        for (const tag of Object.keys(v))
          out.push({ holder: v, key: tag, multi: MULTI_LINE_KEYS.has(k) });
      } else textSlots(v, out, k);
    }
  }
  return out;
}

/** Every object holding a string `url` or `email`, with that key. */
function addressSlots(value, out = []) {
  if (Array.isArray(value)) for (const v of value) addressSlots(v, out);
  else if (value !== null && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      if ((k === "url" || k === "email") && typeof v === "string")
        out.push({ holder: value, key: k });
      else addressSlots(v, out);
    }
  }
  return out;
}

// URLs and e-mail addresses that would break a parameter, a URI value or a line once written:
// a DQUOTE, a line break, a space, a backslash, angle brackets.
const BAD_ADDRESS_PARTS = ['"', "\r\nX-EVIL:1", " ", "\\", "<x>", '";CN=evil:'];

function spoil(r, doc) {
  const how = r.weighted([
    [6, "character"],
    [2, "address"],
    [1, "offset"],
    [1, "reference"],
    [1, "order"],
  ]);
  const addresses = addressSlots(doc);
  if (how === "address" && addresses.length > 0) {
    const slot = r.pick(addresses);
    const value = slot.holder[slot.key];
    const at = r.int(value.indexOf("@") + 1 || 8, value.length);
    slot.holder[slot.key] = value.slice(0, at) + r.pick(BAD_ADDRESS_PARTS) + value.slice(at);
    return "address";
  }
  const session = doc.sessions.length > 0 ? r.pick(doc.sessions) : undefined;
  if (how === "offset" && session !== undefined) {
    // The classic EST/EDT slip: the right wall time with the other season's offset.
    session.start = session.start.replace(/(Z|[+-]\d\d:\d\d)$/, (o) =>
      o === "+01:00" ? "+02:00" : "+01:00",
    );
    return "offset";
  }
  if (how === "reference" && session !== undefined) {
    session.venueId = "nowhere";
    return "reference";
  }
  if (how === "order" && session !== undefined) {
    session.end = session.start;
    return "order";
  }
  const slots = textSlots(doc);
  const slot = r.pick(slots);
  slot.holder[slot.key] = withForbidden(r, slot.holder[slot.key], slot.multi);
  return "character";
}

// ---------------------------------------------------------------- the document

/**
 * Document `index` of the run seeded `seed`: `{ document, options, invalid }`, where `invalid`
 * names what was spoiled on purpose (or is undefined for a document the schema must accept).
 */
export function generateCase(seed, index) {
  const r = randomFor(seed, index);
  const zone = r.pick(ZONES);
  const base = baseInstant(r, zone);
  const nPeople = r.size(4, 30, 0.05);
  const people = Array.from({ length: nPeople }, (_, i) => member(r, i));
  const organizations = people.some((p) => p.affiliations)
    ? [compact({ id: "org0", name: line(r, 500), shortName: maybe(r, 0.5, () => line(r, 60)) })]
    : [];
  const venues = Array.from({ length: r.size(3, 12, 0.05) }, (_, i) => venue(r, i));
  const groups =
    people.length > 0 && r.chance(0.3)
      ? [
          {
            id: "g0",
            name: localizedLine(r, 500),
            memberIds: r.subset(
              people.map((p) => p.id),
              3,
            ),
          },
        ]
      : [];
  const ctx = {
    zone,
    base,
    people: people.map((p) => p.id),
    venues: venues.map((v) => v.id),
    groups: groups.map((g) => g.id),
    instants: [],
  };
  const nSessions = r.weighted([
    [50, () => r.int(0, 6)],
    [10, () => r.int(7, 40)],
    [1, () => r.int(41, 300)],
  ])();
  const sessions = Array.from({ length: nSessions }, (_, i) => session(r, i, ctx));
  const nSeries = r.weighted([
    [5, 0],
    [4, 1],
    [1, 3],
  ]);
  const allSeries = Array.from({ length: nSeries }, (_, i) => series(r, i, ctx));
  if (sessions.length === 0 && allSeries.length === 0) sessions.push(session(r, 0, ctx));

  // The convening's dates cover every session, read in its own zone, with a margin sometimes.
  const starts = ctx.instants.length > 0 ? ctx.instants : [base, base + 3600_000];
  let first = Infinity;
  let last = -Infinity;
  for (let k = 0; k < starts.length; k += 2) {
    first = Math.min(first, localDay(zone, starts[k]));
    last = Math.max(last, localDay(zone, starts[k + 1] - 1));
  }
  if (r.chance(0.3)) first -= r.int(1, 3);
  if (r.chance(0.3)) last += r.int(1, 3);

  const document = compact({
    id: r.pick(["c", "convening-2024", "a.b_c-d", "X".repeat(128)]),
    title: localizedLine(r, 500),
    description: maybe(r, 0.5, () => localizedText(r, 2000)),
    url: maybe(r, 0.3, () => r.pick(URLS)),
    timeZone: zone,
    displayZones: r.chance(0.2)
      ? [r.pick(ZONES), { zone: r.pick(ZONES), label: line(r, 40) }]
      : undefined,
    startDate: dateText(first),
    endDate: dateText(last),
    status: r.weighted([
      [12, undefined],
      [1, "cancelled"],
      [1, "postponed"],
      [1, "rescheduled"],
      [1, "moved-online"],
    ]),
    attendanceMode: maybe(r, 0.5, () => r.pick(["online", "in-person", "hybrid"])),
    languages: r.chance(0.5) ? r.subset(LANGUAGES, 2) : undefined,
    organizers: r.chance(0.2) && people.length > 0 ? [people[0].id] : undefined,
    registration: r.chance(0.2)
      ? compact({
          url: r.pick(URLS),
          instructions: maybe(r, 0.5, () => localizedText(r, 1000)),
          fee: r.chance(0.5)
            ? { amount: 12.5, currency: "KES", note: localizedText(r, 500) }
            : "free",
        })
      : undefined,
    registrations:
      people.length > 0 && sessions.length > 0 && r.chance(0.2)
        ? [{ memberId: r.pick(ctx.people), target: r.pick(sessions).id }]
        : undefined,
    venues: venues.length > 0 ? venues : undefined,
    sessions,
    people: people.length > 0 ? people : undefined,
    organizations: organizations.length > 0 ? organizations : undefined,
    series: allSeries.length > 0 ? allSeries : undefined,
    groups: groups.length > 0 ? groups : undefined,
    tags: r.chance(0.1) ? [line(r, 100), line(r, 100)] : undefined,
    contact: r.chance(0.3)
      ? compact({
          name: maybe(r, 0.7, () => line(r, 500)),
          email: r.pick(EMAILS),
          url: maybe(r, 0.3, () => r.pick(URLS)),
        })
      : undefined,
    sequence: maybe(r, 0.1, () => r.int(0, 3)),
    updatedAt: maybe(r, 0.2, () => instantText(r, base - 30 * DAY_MS, r.pick(ZONES))),
  });
  const invalid = r.chance(0.12) ? spoil(r, document) : undefined;
  return { seed, index, document, options: options(r), invalid };
}

/**
 * The same case with every text value replaced by "x" ("" stays "", blank text becomes " "):
 * what the calendar must look like structurally, whatever the text.
 */
export function tameCase({ document, options }) {
  const tame = (s) => (s === "" ? "" : s.trim() === "" ? " " : "x");
  const doc = clone(document);
  for (const slot of textSlots(doc)) slot.holder[slot.key] = tame(slot.holder[slot.key]);
  const opts = clone(options);
  if (typeof opts.name === "string") opts.name = tame(opts.name);
  if (opts.organizer) opts.organizer.name = tame(opts.organizer.name);
  return { document: doc, options: opts };
}
