import type { Convening } from "@convening/schema";
import type { FrabEventJson, FrabScheduleJson } from "./frab-json-types.js";
import type { FrabExportOptions } from "./frab-options.js";
import { clock, eventText, GENERATOR_NAME, listedInV1, roomFacts, trackSlug } from "./frab-text.js";
import { type ModelEvent, type ScheduleModel, scheduleModel } from "./schedule-model.js";

/**
 * The convening as a frab/c3voc `schedule.json` (version 1: days → rooms → events), the file
 * pretalx and frab publish and EventFahrplan, Giggity and info-beamer read. Every timestamp
 * carries its offset in the convening's zone, `time_zone_name` is its IANA id, each event's
 * `guid` is uuid v5 of the session's iCal UID, rooms come from venues (a private join link is
 * never written) and persons from the participants the public may see. Cancelled and postponed
 * sessions are left out (version 1 has no status; {@link toScheduleV2} has). Series occurrences
 * within the convening's dates are events too. Valid against c3voc's `schema.json`.
 *
 * @param convening - What `parseConvening` returned.
 * @throws {NotParsedError} for anything else; {@link FormatOptionsError} for a bad option.
 * @example
 * ```ts
 * import { toFrabJson } from "@convening/formats/frab";
 * import { parseConvening } from "@convening/schema";
 *
 * const json = toFrabJson(parseConvening(doc), { domain: "events.example.org" });
 * writeFileSync("schedule.json", JSON.stringify(json, null, 2));
 * ```
 */
export function toFrabJson(convening: Convening, options?: FrabExportOptions): FrabScheduleJson {
  const model = scheduleModel(convening, options, "toFrabJson");
  const conference: FrabScheduleJson["schedule"]["conference"] = {
    acronym: model.acronym,
    title: model.title,
    ...(model.description === undefined ? {} : { description: model.description }),
    start: model.startDate,
    end: model.endDate,
    daysCount: model.days.length,
    timeslot_duration: clock(model.timeslotMinutes),
    time_zone_name: model.timeZone,
    ...(model.url === undefined ? {} : { url: model.url }),
    tracks: model.tracks.map((t) => ({ name: t.name, slug: trackSlug(t.slug) })),
    rooms: model.rooms.map((r) => ({ name: r.name, guid: r.guid, slug: r.slug, ...roomFacts(r) })),
    days: model.days.map((day) => {
      // Room names are the keys: collected in a Map and made own properties by fromEntries, so
      // a room called "toString" or "__proto__" is a room, not a prototype member.
      const byRoom = new Map<string, FrabEventJson[]>();
      for (const e of day.events) {
        if (!listedInV1(e)) continue;
        const list = byRoom.get(e.room.name);
        if (list) list.push(eventJson(model, e));
        else byRoom.set(e.room.name, [eventJson(model, e)]);
      }
      const rooms: Record<string, FrabEventJson[]> = Object.fromEntries(byRoom);
      return { index: day.index, date: day.date, day_start: day.start, day_end: day.end, rooms };
    }),
  };
  return {
    $schema: "https://c3voc.de/schedule/schema.json",
    generator: { name: GENERATOR_NAME, system: model.domain },
    schedule: {
      version: model.version,
      ...(model.url === undefined ? {} : { base_url: model.url }),
      conference,
    },
  };
}

function eventJson(model: ScheduleModel, e: ModelEvent): FrabEventJson {
  return {
    guid: e.guid,
    id: e.numericId,
    date: e.start,
    start: e.localStart,
    end: e.end,
    duration: e.duration,
    room: e.room.name,
    slug: e.slug,
    // c3voc requires a URL; a session without a page gets the URN of its GUID, which names it
    // without pretending to be a page (RFC 9562 §4).
    url: e.url ?? `urn:uuid:${e.guid}`,
    title: e.title,
    subtitle: null,
    track: e.track ?? null,
    type: e.kind,
    language: e.languages[0] ?? null,
    abstract: eventText(model, e.description) ?? null,
    do_not_record: e.doNotRecord,
    persons: e.persons.map((p) => ({
      guid: p.guid,
      name: p.name,
      ...(p.bio === undefined ? {} : { biography: p.bio }),
      ...(p.links.length === 0
        ? {}
        : { links: p.links.map((l) => ({ url: l.url, ...(l.title ? { title: l.title } : {}) })) }),
    })),
    links: e.materials.map((m) => ({ url: m.url, title: m.title })),
    attachments: [],
  };
}
