// schedule.xml read into the same shape as schedule.json. fast-xml-parser: maintained, no native
// code, runs in browsers and workers, gives plain objects; it never fetches external entities.

import { XMLParser } from "fast-xml-parser";
import { UnrecognizedFormatError } from "../errors.js";
import {
  asArray,
  type ForeignEvent,
  type ForeignSchedule,
  isObject,
  type Json,
} from "./foreign-schedule.js";

const LISTS = new Set([
  "schedule.day",
  "schedule.day.room",
  "schedule.day.room.event",
  "schedule.day.room.event.persons.person",
  "schedule.day.room.event.links.link",
  "schedule.day.room.event.attachments.attachment",
  "schedule.conference.track",
]);

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@",
  textNodeName: "#text",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  isArray: (_name, jpath) => LISTS.has(String(jpath)),
});

/** An element's text, whether the parser gave a string or an object with attributes. */
function text(node: unknown): string | undefined {
  if (typeof node === "string") return node;
  if (isObject(node) && typeof node["#text"] === "string") return node["#text"];
  return undefined;
}

export function readFrabXml(xml: unknown): ForeignSchedule {
  if (typeof xml !== "string") {
    throw new UnrecognizedFormatError("frab-xml", [], xml, "schedule.xml is read from its text");
  }
  let tree: Json;
  try {
    tree = parser.parse(xml, true) as Json;
  } catch (error) {
    throw new UnrecognizedFormatError(
      "frab-xml",
      [],
      xml,
      `not well-formed XML (${String((error as Error).message ?? error).split("\n")[0]})`,
    );
  }
  const schedule = tree.schedule;
  if (!isObject(schedule) || !isObject(schedule.conference)) {
    throw new UnrecognizedFormatError(
      "frab-xml",
      [],
      xml,
      "no <schedule> root with a <conference>",
    );
  }
  const c = schedule.conference;
  const generator = isObject(schedule.generator) ? schedule.generator : {};
  const events: ForeignEvent[] = [];
  asArray(schedule.day).forEach((day, d) => {
    if (!isObject(day)) return;
    asArray(day.room).forEach((room, r) => {
      if (!isObject(room)) return;
      asArray(room.event).forEach((e, i) => {
        if (!isObject(e)) return;
        const persons = isObject(e.persons) ? asArray(e.persons.person) : [];
        const links = [
          ...(isObject(e.links) ? asArray(e.links.link) : []),
          ...(isObject(e.attachments) ? asArray(e.attachments.attachment) : []),
        ];
        const recording = isObject(e.recording) ? e.recording : {};
        events.push({
          path: ["schedule", "day", d, "room", r, "event", i],
          guid: e["@guid"],
          slug: text(e.slug),
          id: e["@id"],
          code: e["@code"],
          title: text(e.title),
          abstract: text(e.abstract),
          description: text(e.description),
          type: text(e.type),
          date: text(e.date),
          localStart: text(e.start),
          duration: text(e.duration),
          dayDate: day["@date"],
          dayStart: day["@start"],
          roomName: text(e.room) || room["@name"],
          roomGuid: room["@guid"],
          track: text(e.track),
          language: text(e.language),
          persons: persons.map((p) => ({
            name: text(p),
            guid: isObject(p) ? p["@guid"] : undefined,
            code: isObject(p) ? p["@id"] : undefined,
          })),
          links: links.map((l) => ({ url: isObject(l) ? l["@href"] : undefined, title: text(l) })),
          url: text(e.url),
          doNotRecord: text(recording.optout) === "true",
        });
      });
    });
  });
  const rooms = new Map<string, { name: unknown; guid?: unknown }>();
  for (const day of asArray(schedule.day)) {
    if (!isObject(day)) continue;
    for (const room of asArray(day.room)) {
      if (isObject(room) && typeof room["@name"] === "string" && !rooms.has(room["@name"])) {
        rooms.set(room["@name"], { name: room["@name"], guid: room["@guid"] });
      }
    }
  }
  return {
    format: "frab-xml",
    acronym: text(c.acronym),
    title: text(c.title),
    url: text(c.url),
    baseUrl: text(c.base_url),
    timeZoneName: text(c.time_zone_name),
    timeZonePath: ["schedule", "conference", "time_zone_name"],
    start: text(c.start),
    end: text(c.end),
    system: generator["@system"],
    rooms: [...rooms.values()],
    events,
  };
}
