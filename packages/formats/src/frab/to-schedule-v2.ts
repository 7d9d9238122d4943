import type { Convening, LocalizedText } from "@convening/schema";
import type { ScheduleV2Event, ScheduleV2Json, ScheduleV2MetaEvent } from "./frab-json-types.js";
import { V2_ROLE, V2_STATE, V2_TYPE } from "./frab-kinds.js";
import type { FrabExportOptions } from "./frab-options.js";
import { eventText, GENERATOR_NAME, roomFacts, trackSlug } from "./frab-text.js";
import { type ModelEvent, type ScheduleModel, scheduleModel } from "./schedule-model.js";

/**
 * The convening as a c3voc schedule v2 file: a flat list of events, each with `start` and `end`
 * (offsets in the convening's zone), a `state` (`CANCELED` for a cancelled session, which v1
 * leaves out), participant roles, and room and track references by GUID and slug. Breaks are
 * `MetaEvent`s of type `BREAK`. Valid against c3voc's `schema2.json`.
 *
 * @param convening - What `parseConvening` returned.
 * @throws {NotParsedError} for anything else; {@link FormatOptionsError} for a bad option.
 * @example
 * ```ts
 * import { toScheduleV2 } from "@convening/formats/frab";
 *
 * const v2 = toScheduleV2(parseConvening(doc));
 * v2.schedule.events[0]?.start; // "2021-03-23T11:20:00-04:00"
 * ```
 */
export function toScheduleV2(convening: Convening, options?: FrabExportOptions): ScheduleV2Json {
  const model = scheduleModel(convening, options, "toScheduleV2");
  const trackSlugs = new Map(model.tracks.map((t) => [t.name, t.slug]));
  const first = model.days[0];
  const last = model.days.at(-1);
  return {
    $schema: "https://c3voc.de/schema/schedule2",
    generator: { name: GENERATOR_NAME, system: model.domain },
    schedule: {
      version: model.version,
      conference: {
        acronym: model.acronym,
        title: model.title,
        ...(model.description === undefined ? {} : { description: model.description }),
        start: first?.start ?? `${model.startDate}T00:00:00Z`,
        end: last?.end ?? `${model.endDate}T23:59:59Z`,
        timeslot_duration: `PT${model.timeslotMinutes}M`,
        time_zone_name: model.timeZone,
        ...(model.url === undefined ? {} : { url: model.url }),
        languages: [...new Set(model.languages.map(twoLetter).filter((l) => l !== undefined))],
        tracks: model.tracks.map((t) => ({ name: t.name, slug: trackSlug(t.slug) })),
        rooms: model.rooms.map((r) => ({ name: r.name, guid: r.guid, slug: r.slug, ...v2Room(r) })),
        days: model.days.map((d) => ({ index: d.index, date: d.date, start: d.start, end: d.end })),
      },
      events: model.events.map((e) => v2Event(model, e, trackSlugs)),
    },
  };
}

function v2Room(room: ModelEvent["room"]): { type?: string; url?: string; capacity?: number } {
  const facts = roomFacts(room);
  return { ...facts, ...(facts.type === "online" ? { type: "VIRTUAL" } : {}) };
}

function v2Event(
  model: ScheduleModel,
  e: ModelEvent,
  trackSlugs: ReadonlyMap<string, string>,
): ScheduleV2Event | ScheduleV2MetaEvent {
  const room = { guid: e.room.guid, name: e.room.name, slug: e.room.slug };
  if (e.kind === "break") {
    return { guid: e.guid, type: "BREAK", title: e.title, start: e.start, end: e.end, room };
  }
  return {
    guid: e.guid,
    type: V2_TYPE[e.kind],
    state: V2_STATE[e.status],
    start: e.start,
    end: e.end,
    room,
    slug: e.slug,
    url: e.url ?? `urn:uuid:${e.guid}`,
    title: e.title,
    subtitle: null,
    language: e.languages.map(twoLetter).find((l) => l !== undefined) ?? model.language,
    // v2 requires a track reference; a session without a track is filed under its kind.
    track: {
      slug: trackSlug(e.track === undefined ? e.kind : (trackSlugs.get(e.track) ?? e.kind)),
    },
    abstract: localizable(model, e.description),
    participants: e.persons
      .filter((p) => p.role !== "attendee")
      .map((p) => ({ guid: p.guid, name: p.name, role: V2_ROLE[p.role as keyof typeof V2_ROLE] })),
    links: e.materials.map((m) => ({ url: m.url, title: m.title })),
  };
}

/** The ISO 639-1 primary subtag of a BCP 47 tag, when it has one. */
function twoLetter(tag: string): string | undefined {
  const primary = tag.split("-")[0]!.toLowerCase();
  return /^[a-z]{2}$/.test(primary) ? primary : undefined;
}

/** v2's LocalizableString: the map when every key is a two-letter code, else the text. */
function localizable(
  model: ScheduleModel,
  text: LocalizedText | undefined,
): string | Record<string, string> | null {
  if (text === undefined) return null;
  if (typeof text !== "string" && Object.keys(text).every((k) => /^[a-z]{2}$/.test(k)))
    return { ...text };
  return eventText(model, text) ?? null;
}
