// A ForeignSchedule (from any frab reader) as a convening document, then parsed. Every event is
// read on its own: one with no title or no usable time is left out with a warning naming it.

import {
  durationMinutes,
  formatLocalDate,
  isLanguageTag,
  parseInstant,
  parseLocalDate,
} from "@convening/core";
import { FormatOptionsError } from "../errors.js";
import { hostOf } from "../shared/domain.js";
import { finishImport, type ImportDraft, Warnings } from "../shared/finish-import.js";
import { roomGuid, sessionGuid } from "../shared/guid.js";
import type { ImportResult } from "../shared/import-result.js";
import { readOptions } from "../shared/options.js";
import { resolveZone } from "../shared/resolve-zone.js";
import { decodeSlugPart, IdAllocator, nameSlug, toSafeId } from "../shared/slug-code.js";
import { multiLineText, singleLineText, webUrlText } from "../shared/text.js";
import { instantInZone, localParts, wallTimeToEpoch } from "../shared/zone-time.js";
import {
  asArray,
  type ForeignEvent,
  type ForeignSchedule,
  isObject,
  type Json,
} from "./foreign-schedule.js";
import { kindFromType, roleFromV2, statusFromV2 } from "./frab-kinds.js";

/**
 * Options of the frab and pretalx importers.
 *
 * @example
 * ```ts
 * const options: FrabImportOptions = { timeZone: "Europe/Berlin" };
 * ```
 */
export interface FrabImportOptions {
  /** The organisers' IANA zone: required when the file names none (old frab, pretalx rC3); wins over the file's. */
  readonly timeZone?: string;
  /** The host GUIDs were minted under, to recover session ids from our own exports (default: read from the file). */
  readonly domain?: string;
}

/** No lone UTF-16 surrogate: what encodeURIComponent can encode. */
function isWellFormedText(text: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);
}

export function importSchedule(
  foreign: ForeignSchedule,
  options: FrabImportOptions = {},
): ImportResult {
  const { timeZone, domain } = readOptions(options, ["timeZone", "domain"]);
  const warnings = new Warnings();
  const format = foreign.format;
  const zone = resolveZone(format, foreign.timeZoneName, foreign.timeZonePath, timeZone, warnings);
  const acronym = typeof foreign.acronym === "string" ? foreign.acronym : undefined;
  // GUIDs are uuid v5 of a URI-encoded name: a lone surrogate cannot be encoded (URIError).
  if (typeof domain === "string" && !isWellFormedText(domain)) {
    throw new FormatOptionsError(["domain"], domain, "must be text without lone surrogates");
  }
  // Candidates read from the document only help recognise our own GUIDs: unencodable ones are
  // dropped rather than refused.
  const domains = [domain, foreign.system, hostOf(foreign.url), acronym].filter(
    (d): d is string => typeof d === "string" && d !== "" && isWellFormedText(d),
  );
  const baseUrl = typeof foreign.baseUrl === "string" ? foreign.baseUrl : undefined;

  // Rooms → venues.
  const venueIds = new IdAllocator();
  const venues: Json[] = [];
  const venueSources: ImportDraft["sources"]["venues"] = [];
  const venueByName = new Map<string, string | null>();
  const addRoom = (
    room: {
      name?: unknown;
      guid?: unknown;
      slug?: unknown;
      type?: unknown;
      url?: unknown;
      capacity?: unknown;
    },
    path: (string | number)[],
  ) => {
    const name = singleLineText(room.name);
    if (name === undefined || venueByName.has(name)) return;
    if (typeof room.guid === "string" && domains.some((d) => roomGuid("", d) === room.guid)) {
      venueByName.set(name, null); // our default room: its sessions have no venue
      return;
    }
    const own = typeof room.slug === "string" ? decodeSlugPart(room.slug) : undefined;
    const verified = own !== undefined && domains.some((d) => roomGuid(own, d) === room.guid);
    const id = venueIds.take(
      verified ? own : toSafeId(room.slug, toSafeId(nameSlug(name, "room"), "room")),
    );
    const url = webUrlText(room.url, baseUrl);
    const online = typeof room.type === "string" && /^(online|virtual|bbb)$/i.test(room.type);
    const venue: Json =
      online && url
        ? { id, kind: "online", name, url, public: true }
        : { id, kind: "physical", name };
    if (
      typeof room.capacity === "number" &&
      Number.isInteger(room.capacity) &&
      room.capacity > 0 &&
      venue.kind === "physical"
    ) {
      venue.capacity = room.capacity;
    }
    venueByName.set(name, id);
    venues.push(venue);
    venueSources.push({ path, label: `room ${JSON.stringify(name)}` });
  };
  foreign.rooms.forEach((r, i) => {
    addRoom(r, ["schedule", "conference", "rooms", i]);
  });
  for (const e of foreign.events) addRoom({ name: e.roomName, guid: e.roomGuid }, e.path);

  // Persons → people, one per GUID (else code, else name).
  const memberIds = new IdAllocator();
  const people: Json[] = [];
  const peopleSources: ImportDraft["sources"]["people"] = [];
  const memberByKey = new Map<unknown, string>();
  const memberFor = (
    p: ForeignEvent["persons"][number],
    path: (string | number)[],
  ): string | undefined => {
    const name = singleLineText(p.name, 500);
    if (name === undefined) return undefined;
    const key = p.guid ?? p.code ?? name;
    const known = memberByKey.get(key);
    if (known) return known;
    const id = memberIds.take(
      toSafeId(typeof p.code === "string" ? p.code : nameSlug(name, "person"), "person"),
    );
    const member: Json = { id, name };
    const bio = multiLineText(p.biography);
    if (bio) member.bio = bio;
    const links = asArray(p.links)
      .filter(isObject)
      .map((l) => ({ url: webUrlText(l.url, baseUrl), label: singleLineText(l.title, 100) }))
      .filter((l) => l.url !== undefined)
      .map((l) => (l.label ? l : { url: l.url }));
    if (links.length > 0) member.links = links;
    memberByKey.set(key, id);
    people.push(member);
    peopleSources.push({ path, label: `person ${JSON.stringify(name)}` });
    return id;
  };

  // Events → sessions.
  const sessionIds = new IdAllocator();
  const sessions: Json[] = [];
  const sessionSources: ImportDraft["sources"]["sessions"] = [];
  let offsetsCorrected = 0;
  let firstDay: number | undefined;
  let lastDay: number | undefined;
  for (const e of foreign.events) {
    const title = singleLineText(e.title);
    const label = `event ${title === undefined ? `at ${e.path.join(".")}` : JSON.stringify(title)}`;
    if (title === undefined) {
      warnings.add(e.path, "item_dropped", `${label} left out: it has no title`);
      continue;
    }
    const times = eventTimes(e, zone);
    if (typeof times === "string") {
      warnings.add(e.path, "item_dropped", `${label} left out: ${times}`);
      continue;
    }
    if (times.offsetDiffers) offsetsCorrected++;
    const wanted = sessionIdOf(e, acronym, domains);
    const id = sessionIds.take(wanted);
    if (id !== wanted)
      warnings.add(
        e.path,
        "duplicate_id",
        `${label}: id ${wanted} already taken, imported as ${id}`,
      );
    const session: Json = {
      id,
      title,
      kind: e.kind ?? kindFromType(e.type),
      start: instantInZone(times.startMs, zone),
      end: instantInZone(times.endMs, zone),
    };
    const description = descriptionOf(e.abstract, e.description);
    if (description !== undefined) session.description = description;
    const status = statusFromV2(e.state);
    if (status !== "scheduled") session.status = status;
    const roomName = singleLineText(e.roomName);
    const venueId = roomName === undefined ? undefined : venueByName.get(roomName);
    if (venueId) session.venueId = venueId;
    const track = singleLineText(e.track, 200);
    if (track) session.track = track;
    if (typeof e.language === "string" && isLanguageTag(e.language))
      session.languages = [e.language];
    const url = webUrlText(e.url, baseUrl);
    if (url) session.url = url;
    const materials = e.links
      .map((l) => ({ url: webUrlText(l.url, baseUrl), title: singleLineText(l.title) }))
      .filter((m): m is { url: string; title: string | undefined } => m.url !== undefined)
      .map((m) => ({ url: m.url, title: m.title ?? new URL(m.url).hostname }));
    if (materials.length > 0) session.materials = materials;
    if (e.doNotRecord === true) session.doNotRecord = true;
    const tags = (e.tags ?? [])
      .map((t) => singleLineText(t, 100))
      .filter((t): t is string => t !== undefined);
    if (tags.length > 0) session.tags = [...new Set(tags)];
    const participants: Json[] = [];
    const seen = new Set<string>();
    for (const p of e.persons) {
      const memberId = memberFor(p, e.path);
      if (memberId && !seen.has(memberId)) {
        seen.add(memberId);
        participants.push({ memberId, role: roleFromV2(p.role) });
      }
    }
    if (participants.length > 0) session.participants = participants;
    sessions.push(session);
    sessionSources.push({ path: e.path, label });
    const from = localParts(times.startMs, zone).days;
    const to = localParts(times.endMs - 1, zone).days;
    firstDay = firstDay === undefined ? from : Math.min(firstDay, from);
    lastDay = lastDay === undefined ? to : Math.max(lastDay, to);
  }
  if (offsetsCorrected > 0) {
    warnings.add(
      foreign.timeZonePath,
      "offset_corrected",
      `${offsetsCorrected} times were written with an offset ${zone} does not have then; the instants are kept and written with ${zone}'s offsets`,
    );
  }

  const confStart = dateOf(foreign.start, zone);
  const confEnd = dateOf(foreign.end, zone);
  const days = [firstDay, lastDay, confStart, confEnd].filter((d): d is number => d !== undefined);
  if (days.length === 0) days.push(localParts(0, zone).days);
  const doc: ImportDraft["doc"] = {
    id: toSafeId(acronym ?? foreign.id, "imported-schedule"),
    title: singleLineText(foreign.title) ?? singleLineText(acronym) ?? "Imported schedule",
    timeZone: zone,
    startDate: formatDay(Math.min(...days)),
    endDate: formatDay(Math.max(...days)),
    venues,
    people,
    sessions,
  };
  const description = multiLineText(foreign.description);
  if (description) doc.description = description;
  const url = webUrlText(foreign.url);
  if (url) doc.url = url;
  const languages = asArray(foreign.languages).filter(
    (l): l is string => typeof l === "string" && isLanguageTag(l),
  );
  if (languages.length > 0) doc.languages = languages;
  return finishImport(
    format,
    { doc, sources: { sessions: sessionSources, people: peopleSources, venues: venueSources } },
    warnings,
  );
}

const formatDay = formatLocalDate;

/** Our own session id when the slug and GUID show the file is ours; else a safe id from the file. */
function sessionIdOf(
  e: ForeignEvent,
  acronym: string | undefined,
  domains: readonly string[],
): string {
  const slug = typeof e.slug === "string" ? e.slug : undefined;
  if (slug && acronym && slug.startsWith(`${acronym}-`) && typeof e.guid === "string") {
    const own = decodeSlugPart(slug.slice(acronym.length + 1));
    if (own !== undefined && domains.some((d) => sessionGuid(own, d) === e.guid)) return own;
  }
  const fallback = typeof e.guid === "string" ? `event-${e.guid.slice(0, 8)}` : "event";
  return toSafeId(slug, toSafeId(e.code, typeof e.id === "number" ? `event-${e.id}` : fallback));
}

function descriptionOf(
  abstract: unknown,
  description: unknown,
): string | Record<string, string> | undefined {
  if (isObject(abstract)) {
    const map: Record<string, string> = {};
    for (const [tag, text] of Object.entries(abstract)) {
      const t = multiLineText(text);
      if (t !== undefined && isLanguageTag(tag)) map[tag] = t;
    }
    return Object.keys(map).length > 0 ? map : undefined;
  }
  const a = multiLineText(abstract);
  const d = multiLineText(isObject(description) ? undefined : description);
  if (a && d && a !== d) return `${a}\n\n${d}`;
  return a ?? d;
}

const LOCAL = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?$/;

/** Start and end of an event in epoch ms, or why it has none. */
function eventTimes(
  e: ForeignEvent,
  zone: string,
): { startMs: number; endMs: number; offsetDiffers: boolean } | string {
  let startMs: number | undefined;
  let offsetDiffers = false;
  const written = typeof e.date === "string" ? parseInstant(e.date) : undefined;
  if (written) {
    startMs = written.epochMs;
    offsetDiffers =
      parseInstant(instantInZone(startMs, zone))!.offsetMinutes !== written.offsetMinutes;
  } else if (typeof e.date === "string" && LOCAL.test(e.date)) {
    const [, date, h, m] = LOCAL.exec(e.date)!;
    startMs = wallTimeToEpoch(date!, Number(h) * 60 + Number(m), zone);
  } else if (typeof e.dayDate === "string" && typeof e.localStart === "string") {
    const hm = /^(\d{1,2}):(\d{2})/.exec(e.localStart);
    if (hm) {
      const minutes = Number(hm[1]) * 60 + Number(hm[2]);
      // frab days run past midnight: a start earlier than the day's own start is the next date.
      const dayStart = typeof e.dayStart === "string" ? parseInstant(e.dayStart) : undefined;
      const rollover =
        dayStart !== undefined && localParts(dayStart.epochMs, zone).minutes > minutes
          ? 24 * 60
          : 0;
      startMs = wallTimeToEpoch(e.dayDate.slice(0, 10), minutes + rollover, zone);
    }
  }
  if (startMs === undefined) {
    return e.date === undefined && e.localStart === undefined
      ? "it has no start: it is not on the schedule"
      : `its start ${JSON.stringify(e.date ?? e.localStart)} is not a date and time`;
  }
  let endMs: number | undefined;
  const end = typeof e.end === "string" ? parseInstant(e.end) : undefined;
  if (end) endMs = end.epochMs;
  else if (typeof e.end === "string" && LOCAL.test(e.end)) {
    // Sessionize writes endsAt, like startsAt, as a wall time without an offset.
    const [, date, h, m] = LOCAL.exec(e.end)!;
    endMs = wallTimeToEpoch(date!, Number(h) * 60 + Number(m), zone);
  } else {
    const minutes = durationOf(e.duration);
    if (minutes !== undefined) endMs = startMs + minutes * 60_000;
  }
  if (endMs === undefined) return `it has no end and no duration (${JSON.stringify(e.duration)})`;
  if (endMs <= startMs)
    return `it ends when it starts or before (duration ${JSON.stringify(e.duration ?? e.end)})`;
  return { startMs, endMs, offsetDiffers };
}

/** Minutes of a frab duration (`00:30`, `1:30:00`) or an ISO 8601 one (`PT1H30M`). */
function durationOf(value: unknown): number | undefined {
  if (typeof value !== "string") return undefined;
  const clock = /^(\d{1,3}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (clock)
    return Number(clock[1]) * 60 + Number(clock[2]) + Math.round(Number(clock[3] ?? 0) / 60);
  return durationMinutes(value.trim());
}

/** The local date (days since epoch) of a conference start/end: a date, or an instant in the zone. */
function dateOf(value: unknown, zone: string): number | undefined {
  if (typeof value !== "string") return undefined;
  const day = parseLocalDate(value);
  if (day !== undefined) return day;
  const at = parseInstant(value);
  return at === undefined ? undefined : localParts(at.epochMs, zone).days;
}
