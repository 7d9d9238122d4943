// The shapes of the c3voc schedule files this package writes, as c3voc's JSON Schemas describe
// them (validator/json/schema.json and schema2.json in voc/schedule). Only what we write is typed.

/**
 * A frab/c3voc `schedule.json` (version 1: days → rooms → events), as {@link toFrabJson} writes it.
 *
 * @example
 * ```ts
 * const file: FrabScheduleJson = toFrabJson(convening);
 * file.schedule.conference.days[0]?.rooms; // { "Main room": [ … ] }
 * ```
 */
export interface FrabScheduleJson {
  $schema: string;
  generator: { name: string; system: string };
  schedule: {
    version: string;
    base_url?: string;
    conference: {
      acronym: string;
      title: string;
      description?: string;
      start: string;
      end: string;
      daysCount: number;
      timeslot_duration: string;
      time_zone_name: string;
      url?: string;
      tracks: { name: string; slug: string }[];
      rooms: FrabRoomJson[];
      days: {
        index: number;
        date: string;
        day_start: string;
        day_end: string;
        rooms: Record<string, FrabEventJson[]>;
      }[];
    };
  };
}

/**
 * A room of a {@link FrabScheduleJson}.
 *
 * @example
 * ```ts
 * const room: FrabRoomJson = { name: "Saal 1", guid: "ba692ba3-421b-5371-8309-60acc34a3c05" };
 * ```
 */
export interface FrabRoomJson {
  name: string;
  guid: string;
  slug?: string;
  type?: string;
  url?: string;
  capacity?: number;
}

/**
 * An event of a {@link FrabScheduleJson}.
 *
 * @example
 * ```ts
 * const starts = (e: FrabEventJson) => e.date; // "2021-03-23T11:20:00-04:00"
 * ```
 */
export interface FrabEventJson {
  guid: string;
  id: number;
  date: string;
  start: string;
  end: string;
  duration: string;
  room: string;
  slug: string;
  url: string;
  title: string;
  subtitle: string | null;
  track: string | null;
  type: string;
  language: string | null;
  abstract: string | null;
  do_not_record: boolean;
  persons: {
    guid: string;
    name: string;
    biography?: string;
    links?: { url: string; title?: string }[];
  }[];
  links: { url: string; title: string }[];
  attachments: { url: string; title: string }[];
}

/**
 * A c3voc schedule v2 file (flat events with `start` and `end`), as {@link toScheduleV2} writes it.
 *
 * @example
 * ```ts
 * const v2: ScheduleV2Json = toScheduleV2(convening);
 * v2.schedule.events.map((e) => e.start);
 * ```
 */
export interface ScheduleV2Json {
  $schema: string;
  generator: { name: string; system: string };
  schedule: {
    version: string;
    conference: {
      acronym: string;
      title: string;
      description?: string | Record<string, string>;
      start: string;
      end: string;
      timeslot_duration: string;
      time_zone_name: string;
      url?: string;
      languages: string[];
      tracks: { name: string; slug: string }[];
      rooms: {
        name: string;
        guid: string;
        slug: string;
        type?: string;
        url?: string;
        capacity?: number;
      }[];
      days: { index: number; date: string; start: string; end: string }[];
    };
    events: (ScheduleV2Event | ScheduleV2MetaEvent)[];
  };
}

/**
 * A session in a {@link ScheduleV2Json}.
 *
 * @example
 * ```ts
 * const isLive = (e: ScheduleV2Event) => e.state !== "CANCELED";
 * ```
 */
export interface ScheduleV2Event {
  guid: string;
  type: string;
  state: string;
  start: string;
  end: string;
  room: { guid: string; name: string; slug: string };
  slug: string;
  url: string;
  title: string;
  subtitle: null;
  language: string;
  track: { slug: string };
  abstract: string | Record<string, string> | null;
  participants: { guid: string; name: string; role: string }[];
  links: { url: string; title: string }[];
}

/**
 * A break in a {@link ScheduleV2Json} (schedule v2's `MetaEvent` of type `BREAK`).
 *
 * @example
 * ```ts
 * const isBreak = (e: ScheduleV2Event | ScheduleV2MetaEvent) => e.type === "BREAK";
 * ```
 */
export interface ScheduleV2MetaEvent {
  guid: string;
  type: "BREAK";
  title: string;
  start: string;
  end: string;
  room: { guid: string; name: string; slug: string };
}
