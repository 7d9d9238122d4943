import { BoundedCache, localize } from "@convening/core";
import type { Convening } from "@convening/schema";
import { ICalCalendarMethod } from "ical-generator";
import { type BuildContext, fallbackStamp } from "./build-context.js";
import type { ResolvedOptions } from "./calendar-options.js";
import { contentLine, textValue, uriValue } from "./content-line.js";
import { ConveningCalendar } from "./convening-calendar.js";
import { calendarOpening } from "./extra-properties.js";
import { conveningIndex } from "./lookup.js";

// What a calendar is before its events: the options resolved for the whole feed, the calendar's
// own properties (an ical-generator calendar with no event) and the context every event builder
// shares. It depends on the resolved options only, never on `only`, so a page that writes a
// one-session .ics for each of 2,000 sessions builds it once per parsed convening and reader
// (headFor) instead of 2,000 times: building it, and having ical-generator write the calendar's
// properties, was most of what a one-session calendar cost.

// Product identifier (RFC 5545 §3.7.3); ical-generator adds the leading "-".
const PRODID = "//Convening Toolkit//@convening/ical//EN";

/** A calendar with its properties and shared contexts, and no event. */
export interface CalendarHead {
  /** The options of the calendar as a whole (a feed of several convenings is none of them). */
  readonly resolved: ResolvedOptions;
  /** The calendar with its own properties and feed lines, and no event. */
  readonly calendar: ConveningCalendar;
  /** Each convening's context, in the order given. */
  readonly contexts: readonly BuildContext[];
  /** BEGIN:VCALENDAR and the calendar's properties, folded (see calendarOpening). */
  opening(): string;
}

function feedLines(options: ResolvedOptions): string[] {
  // An invitation is not a feed: clients file it into an existing calendar, so it carries no
  // calendar name or refresh interval.
  if (options.method !== "PUBLISH") return [];
  // Blank text names nothing, and libical refuses an X- property whose value is only spaces.
  const lines: string[] = [];
  if (options.name.trim() !== "") {
    lines.push(
      contentLine("NAME", textValue(options.name)),
      contentLine("X-WR-CALNAME", textValue(options.name)),
    );
  }
  if (options.description !== undefined && options.description.trim() !== "") {
    lines.push(contentLine("X-WR-CALDESC", textValue(options.description)));
  }
  if (options.refreshSeconds !== undefined) {
    const duration = isoSeconds(options.refreshSeconds);
    // RFC 7986 §5.7; X-PUBLISHED-TTL is the older spelling Outlook and Apple read.
    lines.push(
      contentLine("REFRESH-INTERVAL", duration, ["VALUE=DURATION"]),
      contentLine("X-PUBLISHED-TTL", duration),
    );
  }
  return lines;
}

/** `PT12H`, `P1DT30M`: an RFC 5545 §3.3.6 duration of whole seconds. */
function isoSeconds(total: number): string {
  const days = Math.floor(total / 86_400);
  const h = Math.floor((total % 86_400) / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const time = h + m + s > 0 ? `T${h ? `${h}H` : ""}${m ? `${m}M` : ""}${s ? `${s}S` : ""}` : "";
  return `P${days ? `${days}D` : ""}${time}`;
}

/**
 * A new head for `list`, whose options `each` were resolved one per convening (with `only` left
 * out: the head serves every selection of events).
 */
export function calendarHead(
  list: readonly Convening[],
  each: readonly ResolvedOptions[],
): CalendarHead {
  const first = each[0]!;
  const resolved: ResolvedOptions =
    list.length === 1
      ? first
      : {
          ...first,
          // A feed of several convenings is none of them: no one title, description or page.
          name: first.nameGiven
            ? first.name
            : list.map((c, k) => localize(c.title, each[k]!.languages)).join(", "),
          description: undefined,
          url: first.givenUrl,
        };
  // iTIP requires an ORGANIZER in every event of a PUBLISH (RFC 5546 §3.2.1). A feed that cannot
  // name one is written as a plain calendar instead: without METHOD no scheduling is implied (RFC
  // 5545 §3.7.2), and Outlook reads a calendar without METHOD as a PUBLISH (MS-STANOICAL V0078).
  const named = each.every((o) => o.organizer !== undefined || o.publisher !== undefined);
  const method =
    resolved.method === "PUBLISH" && !named ? undefined : ICalCalendarMethod[resolved.method];
  const calendar = new ConveningCalendar(
    // ical-generator writes the calendar's URL raw, which is right for a URI once it is ASCII.
    {
      prodId: PRODID,
      ...(method === undefined ? {} : { method }),
      ...(resolved.url === undefined ? {} : { url: uriValue(resolved.url) }),
    },
    feedLines(resolved),
  );
  // ConveningCalendar writes one VTIMEZONE per TZID used; no calendar-level zone name, or
  // ical-generator would write DTSTAMP and LAST-MODIFIED as floating local times.
  const contexts = list.map((convening, k): BuildContext => {
    const index = conveningIndex(convening);
    const options = each[k]!;
    return {
      convening,
      options,
      lookup: index.lookup(options.audience),
      calendar,
      fallbackStamp: fallbackStamp(index.fallbackStampMs),
    };
  });
  let opening: string | undefined;
  return {
    resolved,
    calendar,
    contexts,
    // The calendar holds no event, so what ical-generator writes for it never changes.
    opening: () => {
      opening ??= calendarOpening(calendar.propertiesText(), calendar.feedLines);
      return opening;
    },
  };
}

// Per parsed convening, the heads of its recent readers (option sets). Keyed weakly by the
// convening, so they live exactly as long as it does, like its index (lookup.ts); a parsed
// convening is never changed, so a head never goes stale. A server may pass each visitor's own
// languages: the heads kept per convening are bounded.
const heads = new WeakMap<Convening, BoundedCache<string, CalendarHead>>();
const HEADS_PER_CONVENING = 32;

/**
 * The head for one convening and options resolved from the caller's options, shared by every call
 * with equal resolved options (see {@link headKey}). The head's calendar is never handed to the
 * caller (toCalendar builds its own), so nothing outside this package can change it.
 */
export function headFor(convening: Convening, options: ResolvedOptions): CalendarHead {
  let cache = heads.get(convening);
  if (cache === undefined) {
    cache = new BoundedCache(HEADS_PER_CONVENING);
    heads.set(convening, cache);
  }
  const key = headKey(options);
  return (
    cache.get(key) ?? cache.set(key, calendarHead([convening], [{ ...options, only: undefined }]))
  );
}

/**
 * Every resolved option but `only`, as text: two calls share a head exactly when these are equal.
 * Built from the resolved values (validated, defaults applied, arrays copied), never from what the
 * caller passed, so a getter or Proxy cannot make a key disagree with its head.
 */
export function headKey(options: ResolvedOptions): string {
  // Typed as every key of ResolvedOptions but `only`, so an option added later cannot be left out.
  const parts: { readonly [K in Exclude<keyof ResolvedOptions, "only">]: unknown } = {
    nameGiven: options.nameGiven,
    givenUrl: options.givenUrl,
    domain: options.domain,
    audience: options.audience,
    includeAttendees: options.includeAttendees,
    attendeeIds: options.attendeeIds === undefined ? undefined : [...options.attendeeIds],
    method: options.method,
    organizer:
      options.organizer === undefined
        ? undefined
        : [options.organizer.name, options.organizer.email],
    publisher:
      options.publisher === undefined ? undefined : [options.publisher.name, options.publisher.uri],
    name: options.name,
    description: options.description,
    url: options.url,
    refreshSeconds: options.refreshSeconds,
    alarmSeconds: options.alarmSeconds,
    languages: options.languages,
  };
  // JSON.stringify costs more than the rest of a one-session calendar's head lookup: each value
  // is written with its type's tag and its length, so no two different option sets share a key
  // whatever characters their strings hold.
  let key = "";
  for (const value of Object.values(parts)) key += keyPart(value);
  return key;
}

function keyPart(value: unknown): string {
  if (value === undefined) return "u;";
  if (typeof value === "string") return `s${value.length}:${value};`;
  if (Array.isArray(value)) {
    let list = `a${value.length}:`;
    for (const item of value) list += keyPart(item);
    return `${list};`;
  }
  // Booleans and numbers (whole seconds, counts).
  return `${typeof value === "boolean" ? "b" : "n"}${String(value)};`;
}
