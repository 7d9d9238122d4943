// Sessionize's "All Data" JSON (`/api/v2/<id>/view/All`) read into the frab importer's shape.
// Sessionize writes `startsAt` without an offset (FlaskCon #27): it is a wall time in the event's
// zone, which the file never names, so the caller's zone is required.

import type { SessionKind } from "@convening/schema";
import { UnrecognizedFormatError } from "../errors.js";
import {
  asArray,
  type ForeignEvent,
  type ForeignSchedule,
  isObject,
  type Json,
} from "../frab/foreign-schedule.js";
import { kindFromType } from "../frab/frab-kinds.js";
import { jsonData } from "../shared/json-data.js";

export function readSessionize(input: unknown, id: unknown, title: unknown): ForeignSchedule {
  const doc = typeof input === "string" ? parseText(input) : jsonData(input, "sessionize");
  if (!isObject(doc) || !Array.isArray(doc.sessions) || !Array.isArray(doc.rooms)) {
    throw new UnrecognizedFormatError(
      "sessionize",
      [],
      doc,
      "no sessions and rooms lists (the All Data view)",
    );
  }
  const rooms = new Map<unknown, Json>();
  for (const r of doc.rooms) if (isObject(r)) rooms.set(r.id, r);
  const speakers = new Map<unknown, Json>();
  for (const s of asArray(doc.speakers)) if (isObject(s)) speakers.set(s.id, s);
  // Category items by id, with their category's title ("Track", "Session format", "Level").
  const items = new Map<unknown, { category: string; name: unknown }>();
  for (const c of asArray(doc.categories)) {
    if (!isObject(c)) continue;
    const category = typeof c.title === "string" ? c.title.toLowerCase() : "";
    for (const item of asArray(c.items))
      if (isObject(item)) items.set(item.id, { category, name: item.name });
  }
  const events: ForeignEvent[] = doc.sessions.map((s, i): ForeignEvent => {
    const path = ["sessions", i];
    if (!isObject(s)) return { path, persons: [], links: [] };
    const chosen = asArray(s.categoryItems)
      .map((id) => items.get(id))
      .filter((x) => x !== undefined);
    const track = chosen.find((c) => c.category === "track")?.name;
    const format = chosen.find((c) => /format|type/.test(c.category))?.name;
    const tags = chosen
      .filter((c) => c.category !== "track" && !/format|type/.test(c.category))
      .map((c) => c.name)
      .filter((n): n is string => typeof n === "string");
    const room = rooms.get(s.roomId);
    const persons = asArray(s.speakers).map((ref) => {
      // Sessions list speaker ids (All Data) or { id, name } objects (the Sessions view).
      const sid = isObject(ref) ? ref.id : ref;
      const sp = speakers.get(sid);
      const name =
        sp?.fullName ??
        (sp
          ? `${String(sp.firstName ?? "")} ${String(sp.lastName ?? "")}`
          : isObject(ref)
            ? ref.name
            : undefined);
      return { name, code: sid, biography: sp?.bio, links: sp?.links };
    });
    let kind: SessionKind | undefined;
    if (format !== undefined) kind = kindFromType(format);
    else if (s.isServiceSession === true)
      kind = kindFromType(s.title) === "break" ? "break" : "other";
    else if (s.isPlenumSession === true) kind = "plenary";
    else kind = "talk";
    return {
      path,
      code: s.id,
      title: s.title,
      description: s.description,
      date: s.startsAt,
      end: s.endsAt,
      roomName: room?.name,
      track,
      kind,
      tags,
      persons,
      links:
        isObject(s) && typeof s.recordingUrl === "string"
          ? [{ url: s.recordingUrl, title: "Recording" }]
          : [],
      url: undefined,
    };
  });
  return {
    format: "sessionize",
    id,
    title,
    timeZonePath: [],
    rooms: doc.rooms.filter(isObject).map((r) => ({ name: r.name })),
    events,
  };
}

function parseText(text: string): unknown {
  try {
    // Sessionize serves its JSON with a UTF-8 byte order mark, which JSON.parse refuses.
    return JSON.parse(text.replace(/^\ufeff/, ""));
  } catch (error) {
    throw new UnrecognizedFormatError(
      "sessionize",
      [],
      text,
      `not JSON (${(error as Error).message})`,
    );
  }
}
