import { isLocalTime, parseLocalTime } from "@convening/core";
import type { Convening } from "@convening/schema";
import { FormatOptionsError } from "../errors.js";
import { HOST_NAME, hostOf } from "../shared/domain.js";
import { optionGuards, readOptions } from "../shared/options.js";
import { singleLineText } from "../shared/text.js";

/**
 * Options of {@link toFrabXml}, {@link toFrabJson} and {@link toScheduleV2}.
 *
 * @example
 * ```ts
 * const options: FrabExportOptions = { domain: "events.example.org", dayStartsAt: "06:00" };
 * ```
 */
export interface FrabExportOptions {
  /**
   * The host name GUIDs are minted under: each event's `guid` is uuid v5 of its iCal UID
   * `<session id>@<domain>`. Default: as `toICS` chooses, the host of the convening's `url`, else
   * its id. Pass the same `domain` to `toICS` and the two agree.
   */
  readonly domain?: string;
  /** Local time (`HH:mm`, convening's zone) a schedule day starts; earlier sessions belong to the day before. Default `04:00`. */
  readonly dayStartsAt?: string;
  /** The room name for sessions without a venue (frab requires a room for every event). Default `Main room`. */
  readonly defaultRoom?: string;
  /**
   * The two-letter language schedule v2 writes for a session when neither it nor the convening
   * names one with a two-letter primary subtag (the v2 schema requires ISO 639-1). Default `en`.
   */
  readonly language?: string;
  /** The schedule's `version` string. Default: the latest `updatedAt` of the convening and its sessions, else its `sequence`. */
  readonly version?: string;
}

/** The options, checked and with their defaults. */
export interface ResolvedFrabOptions {
  readonly domain: string;
  readonly dayStartsMinutes: number;
  readonly defaultRoom: string;
  readonly language: string;
  readonly version: string | undefined;
}

const KNOWN = new Set(["domain", "dayStartsAt", "defaultRoom", "language", "version"]);

export function resolveFrabOptions(
  convening: Convening,
  options: FrabExportOptions | undefined,
): ResolvedFrabOptions {
  const given = options === undefined ? {} : optionGuards.record(options, []);
  for (const key of optionGuards.keys(given, [])) {
    if (!KNOWN.has(key))
      throw new FormatOptionsError(
        [key],
        optionGuards.field(given, key, []),
        "is not an option of the frab exporters",
      );
  }
  // Each option read once, into a plain copy (a getter could answer differently each time).
  options = readOptions(given, [...KNOWN]) as FrabExportOptions;
  let domain: string;
  if (options.domain !== undefined) {
    if (typeof options.domain !== "string" || !HOST_NAME.test(options.domain)) {
      throw new FormatOptionsError(
        ["domain"],
        options.domain,
        "must be a host name such as events.example.org",
      );
    }
    domain = options.domain.toLowerCase();
  } else {
    domain = hostOf(convening.url) ?? convening.id;
  }
  const dayStartsAt = options.dayStartsAt ?? "04:00";
  if (!isLocalTime(dayStartsAt) || dayStartsAt.length !== 5) {
    throw new FormatOptionsError(
      ["dayStartsAt"],
      options.dayStartsAt,
      "must be a local time HH:mm such as 04:00",
    );
  }
  const defaultRoom =
    options.defaultRoom === undefined ? "Main room" : singleLineText(options.defaultRoom, 200);
  if (
    defaultRoom === undefined ||
    (options.defaultRoom !== undefined && defaultRoom !== options.defaultRoom)
  ) {
    throw new FormatOptionsError(
      ["defaultRoom"],
      options.defaultRoom,
      "must be one line of text, without control characters",
    );
  }
  const language = options.language ?? "en";
  if (typeof language !== "string" || !/^[a-z]{2}$/.test(language)) {
    throw new FormatOptionsError(
      ["language"],
      options.language,
      "must be a two-letter ISO 639-1 code such as en",
    );
  }
  if (options.version !== undefined && singleLineText(options.version) !== options.version) {
    throw new FormatOptionsError(["version"], options.version, "must be one line of text");
  }
  return {
    domain,
    dayStartsMinutes: parseLocalTime(dayStartsAt)! / 60_000,
    defaultRoom,
    language,
    version: options.version,
  };
}
