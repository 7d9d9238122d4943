// pretalx's REST API talks (`/api/events/<event>/talks/`, or `/submissions/?expand=slots…`) read
// into the frab importer's shape. Fields come in several forms across pretalx versions: a
// string, a `{ en: "…" }` map, or `{ name: { en: "…" } }`; one slot (`slot`) or several (`slots`).

import { UnrecognizedFormatError } from "../errors.js";
import {
  asArray,
  type ForeignEvent,
  type ForeignSchedule,
  isObject,
  type Json,
} from "../frab/foreign-schedule.js";
import { jsonData } from "../shared/json-data.js";

/** The text of a pretalx field in any of its forms (first language of a map). */
function plain(value: unknown): unknown {
  if (isObject(value)) {
    if ("name" in value) return plain(value.name);
    const first = Object.values(value).find((v) => typeof v === "string");
    return first;
  }
  return value;
}

export function readPretalxTalks(input: unknown, event: Json | undefined): ForeignSchedule {
  const doc = jsonData(input, "pretalx-talks");
  const talks = Array.isArray(doc)
    ? doc
    : isObject(doc) && Array.isArray(doc.results)
      ? doc.results
      : undefined;
  if (!talks) {
    throw new UnrecognizedFormatError(
      "pretalx-talks",
      [],
      doc,
      "neither a list of talks nor an API page with results",
    );
  }
  const base: (string | number)[] = Array.isArray(doc) ? [] : ["results"];
  const events: ForeignEvent[] = [];
  talks.forEach((talk, i) => {
    if (!isObject(talk)) return;
    const slots = [...asArray(talk.slots), ...(isObject(talk.slot) ? [talk.slot] : [])].filter(
      isObject,
    );
    const common = {
      code: talk.code,
      title: talk.title,
      abstract: talk.abstract,
      description: talk.description,
      type: plain(talk.submission_type),
      state: typeof talk.state === "string" ? talk.state.toUpperCase() : undefined,
      track: plain(talk.track),
      language: talk.content_locale,
      persons: asArray(talk.speakers)
        .filter(isObject)
        .map((s) => ({ name: s.name, code: s.code, biography: s.biography })),
      links: asArray(talk.resources)
        .filter(isObject)
        .map((r) => ({ url: r.resource ?? r.url, title: r.description })),
      doNotRecord: talk.do_not_record,
    };
    if (slots.length === 0) {
      // Not on the schedule: the importer leaves it out with a warning naming it.
      events.push({ ...common, path: [...base, i] });
      return;
    }
    slots.forEach((slot, j) => {
      events.push({
        ...common,
        path:
          slots.length === 1 && isObject(talk.slot)
            ? [...base, i, "slot"]
            : [...base, i, "slots", j],
        slug: slots.length > 1 ? `${String(talk.code)}-${j + 1}` : talk.code,
        date: slot.start,
        end: slot.end,
        roomName: plain(slot.room),
      });
    });
  });
  const ev = event ?? {};
  return {
    format: "pretalx-talks",
    id: ev.slug,
    title: plain(ev.name),
    url: isObject(ev.urls) ? ev.urls.base : undefined,
    timeZoneName: ev.timezone,
    timeZonePath: ["event", "timezone"],
    start: ev.date_from,
    end: ev.date_to,
    rooms: [],
    events,
  };
}
