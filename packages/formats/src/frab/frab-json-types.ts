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
  /** The c3voc JSON Schema this file follows (its URL). */
  $schema: string;
  /** What wrote the file. */
  generator: {
    /** `"@convening/formats"`. */
    name: string;
    /** The domain the GUIDs are derived from (the `domain` option). */
    system: string;
  };
  /** The schedule itself. */
  schedule: {
    /** The `version` option, else the latest `updatedAt` of the convening and its sessions, else its `sequence`. */
    version: string;
    /** The address the events' relative `url`s resolve against. */
    base_url?: string;
    /** The convening as a frab conference. */
    conference: {
      /** Short name, also the slug prefix of every event. */
      acronym: string;
      /** The convening's title. */
      title: string;
      /** The convening's description, when it has one. */
      description?: string;
      /** First day, `YYYY-MM-DD`. */
      start: string;
      /** Last day, `YYYY-MM-DD`. */
      end: string;
      /** How many days `days` lists. */
      daysCount: number;
      /** The grid step frab clients draw, `HH:MM`. */
      timeslot_duration: string;
      /** The IANA zone the times are written in. */
      time_zone_name: string;
      /** The convening's web page. */
      url?: string;
      /** Every track used, by name and slug. */
      tracks: {
        /** The track's name. */
        name: string;
        /** The track's slug. */
        slug: string;
      }[];
      /** Every room used. */
      rooms: FrabRoomJson[];
      /** One entry per day, each with that day's events by room. */
      days: {
        /** 1-based position of the day. */
        index: number;
        /** The day, `YYYY-MM-DD`. */
        date: string;
        /** When the conference day starts (frab's day change), ISO 8601 with offset. */
        day_start: string;
        /** A second before the next day starts, ISO 8601 with offset. */
        day_end: string;
        /** The day's events, keyed by room name. */
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
  /** The room's name, as events' `room` give it. */
  name: string;
  /** A stable UUID (v5 of the venue id). */
  guid: string;
  /** The venue's id, slug-encoded (`"default-room"` for sessions with no venue). */
  slug?: string;
  /** `"online"` for an online venue. */
  type?: string;
  /** A public join link of an online or hybrid venue (a private one is never written). */
  url?: string;
  /** Seats, when known. */
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
  /** uuid v5 of the session's iCal UID (occurrences: of the series and date). */
  guid: string;
  /** A positive integer derived from `guid` (unique in the file). */
  id: number;
  /** The start, ISO 8601 with the zone's offset. */
  date: string;
  /** The start's wall time, `HH:MM`. */
  start: string;
  /** The end, ISO 8601 with the zone's offset. */
  end: string;
  /** The length, `HH:MM`. */
  duration: string;
  /** The room's name (see {@link FrabRoomJson}). */
  room: string;
  /** The convening's acronym, a hyphen and the session id. */
  slug: string;
  /** The session's page, else `urn:uuid:` and the `guid`. */
  url: string;
  /** The session's title. */
  title: string;
  /** Always `null`: sessions have no subtitle. */
  subtitle: string | null;
  /** The track's name, or `null`. */
  track: string | null;
  /** The session's kind (`"talk"`, `"workshop"`, …). */
  type: string;
  /** The first language, BCP 47, or `null`. */
  language: string | null;
  /** The description, or `null`. */
  abstract: string | null;
  /** Whether the session must not be recorded or streamed. */
  do_not_record: boolean;
  /** Speakers and others shown with the event. */
  persons: {
    /** A stable UUID (v5 of the member id). */
    guid: string;
    /** Their name. */
    name: string;
    /** Their biography, when public. */
    biography?: string;
    /** Their public links. */
    links?: {
      /** The address. */
      url: string;
      /** What it is. */
      title?: string;
    }[];
  }[];
  /** The session's materials (slides, papers, recordings). */
  links: {
    /** The address. */
    url: string;
    /** What it is. */
    title: string;
  }[];
  /** Always empty: materials are written as `links`. */
  attachments: {
    /** The address. */
    url: string;
    /** What it is. */
    title: string;
  }[];
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
  /** The c3voc schedule v2 JSON Schema this file follows (its URL). */
  $schema: string;
  /** What wrote the file. */
  generator: {
    /** `"@convening/formats"`. */
    name: string;
    /** The domain the GUIDs are derived from (the `domain` option). */
    system: string;
  };
  /** The schedule itself. */
  schedule: {
    /** The `version` option, else the latest `updatedAt` of the convening and its sessions, else its `sequence`. */
    version: string;
    /** The convening as a v2 conference. */
    conference: {
      /** Short name, also the slug prefix of every event. */
      acronym: string;
      /** The convening's title. */
      title: string;
      /** The description, or one per language. */
      description?: string | Record<string, string>;
      /** First day's start, ISO 8601 with offset. */
      start: string;
      /** Last day's end, ISO 8601 with offset. */
      end: string;
      /** The grid step, an ISO 8601 duration (`PT15M`). */
      timeslot_duration: string;
      /** The IANA zone the times are written in. */
      time_zone_name: string;
      /** The convening's web page. */
      url?: string;
      /** Every language the sessions use, as ISO 639-1 codes (`"en"`). */
      languages: string[];
      /** Every track used. */
      tracks: {
        /** The track's name. */
        name: string;
        /** The track's slug. */
        slug: string;
      }[];
      /** Every room used. */
      rooms: {
        /** The room's name. */
        name: string;
        /** A stable UUID (v5 of the venue id). */
        guid: string;
        /** The venue's id, slug-encoded (`"default-room"` for sessions with no venue). */
        slug: string;
        /** `"VIRTUAL"` for an online venue. */
        type?: string;
        /** A public join link of an online or hybrid venue (a private one is never written). */
        url?: string;
        /** Seats, when known. */
        capacity?: number;
      }[];
      /** One entry per day. */
      days: {
        /** 1-based position of the day. */
        index: number;
        /** The day, `YYYY-MM-DD`. */
        date: string;
        /** When the day starts, ISO 8601 with offset. */
        start: string;
        /** A second before the next day starts, ISO 8601 with offset. */
        end: string;
      }[];
    };
    /** Sessions and breaks, in start order. */
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
  /** uuid v5 of the session's iCal UID (occurrences: of the series and date). */
  guid: string;
  /** schedule v2's type for the session's kind (`"TALK"`, `"WORKSHOP"`, `"DISCUSSION"`, `"MEETING"`, `"OTHER"`). */
  type: string;
  /** `"CONFIRMED"`, `"ACCEPTED"` (tentative), `"CANCELED"` or `"DELAYED"` (postponed). */
  state: string;
  /** The start, ISO 8601 with the zone's offset. */
  start: string;
  /** The end, ISO 8601 with the zone's offset. */
  end: string;
  /** The room it is in. */
  room: {
    /** The room's UUID. */
    guid: string;
    /** The room's name. */
    name: string;
    /** The venue's id, slug-encoded (`"default-room"` for sessions with no venue). */
    slug: string;
  };
  /** The convening's acronym, a hyphen and the session id. */
  slug: string;
  /** The session's page, else `urn:uuid:` and the `guid`. */
  url: string;
  /** The session's title. */
  title: string;
  /** Always `null`: sessions have no subtitle. */
  subtitle: null;
  /** The session's first language, BCP 47. */
  language: string;
  /** The track by slug (a session with none: its kind). */
  track: {
    /** The track's slug. */
    slug: string;
  };
  /** The description, one per language, or `null`. */
  abstract: string | Record<string, string> | null;
  /** People shown with the session. */
  participants: {
    /** A stable UUID (v5 of the member id). */
    guid: string;
    /** Their name. */
    name: string;
    /** `"SPEAKER"`, `"MODERATOR"`, `"HOST"` or `"CONTRIBUTOR"`. */
    role: string;
  }[];
  /** The session's materials (slides, papers, recordings). */
  links: {
    /** The address. */
    url: string;
    /** What it is. */
    title: string;
  }[];
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
  /** uuid v5 of the session's iCal UID (occurrences: of the series and date). */
  guid: string;
  /** Always `"BREAK"`. */
  type: "BREAK";
  /** The break's title. */
  title: string;
  /** The start, ISO 8601 with the zone's offset. */
  start: string;
  /** The end, ISO 8601 with the zone's offset. */
  end: string;
  /** The room it is in. */
  room: {
    /** The room's UUID. */
    guid: string;
    /** The room's name. */
    name: string;
    /** The venue's id, slug-encoded (`"default-room"` for sessions with no venue). */
    slug: string;
  };
}
