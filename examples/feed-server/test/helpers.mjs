import { readdirSync, readFileSync } from "node:fs";
import { request as httpRequest } from "node:http";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ICAL from "ical.js";
import { isDirectoryDocument } from "../../agenda/src/load-samples.mjs";
import { createFeedServer } from "../src/create-feed-server.mjs";
import { memberFeedKey } from "../src/member-key.mjs";

export const dataDir = join(dirname(fileURLToPath(import.meta.url)), "../../data");

/** The secret of the test servers that serve member feeds (there are none without one). */
export const memberSecret = "a test secret that is long enough";

/** A member's feed address on a server started with {@link memberSecret}. */
export function memberPath(id) {
  return `/members/${id}.ics?key=${memberFeedKey(memberSecret, id)}`;
}

/**
 * Starts a feed server on a free loopback port. `close` ends it and its keep-alive connections.
 * @param {Parameters<typeof createFeedServer>[0]} options
 */
export async function startServer(options) {
  const server = createFeedServer(options);
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address();
  const origin = `http://127.0.0.1:${port}`;
  return {
    port,
    origin,
    /** @param {string} path @param {RequestInit} [init] */
    fetch: (path, init) => fetch(`${origin}${path}`, init),
    /** A request with headers fetch will not send (Host). */
    raw: (path, headers = {}) => rawRequest(port, path, headers),
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      }),
  };
}

/**
 * @param {number} port
 * @param {string} path
 * @param {Record<string, string>} headers
 * @returns {Promise<{ status: number, headers: import("node:http").IncomingHttpHeaders, body: string }>}
 */
function rawRequest(port, path, headers) {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, path, headers, agent: false }, (res) => {
      const chunks = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () =>
        resolve({
          status: res.statusCode,
          headers: res.headers,
          body: Buffer.concat(chunks).toString("utf8"),
        }),
      );
    });
    req.on("error", reject);
    req.end();
  });
}

/** RFC 5545 §3.1: a CRLF followed by a space or tab continues the line. */
export function unfold(ics) {
  return ics.replace(/\r\n[ \t]/g, "");
}

/** The VCALENDAR as ical.js reads it. */
export function parseIcs(ics) {
  return new ICAL.Component(ICAL.parse(ics));
}

/** An ical.js time as epoch ms, read through the file's own VTIMEZONE. */
export function ms(time) {
  return time.toUnixTime() * 1000;
}

/** The distinct UIDs of a calendar's events (an override instance shares its series' UID). */
export function uidsOf(vcalendar) {
  return new Set(
    vcalendar.getAllSubcomponents("vevent").map((e) => e.getFirstPropertyValue("uid")),
  );
}

/** The master VEVENT with this UID (the one without RECURRENCE-ID). */
export function masterEvent(vcalendar, uid) {
  return vcalendar
    .getAllSubcomponents("vevent")
    .find((e) => e.getFirstPropertyValue("uid") === uid && !e.hasProperty("recurrence-id"));
}

/** Every start of a recurring VEVENT, from ical.js's own iterator, as ISO UTC. */
export function occurrenceStarts(vevent) {
  const it = new ICAL.Event(vevent).iterator();
  const out = [];
  for (let next = it.next(), guard = 0; next && guard < 1000; next = it.next(), guard++) {
    out.push(new Date(ms(next)).toISOString());
  }
  return out;
}

/**
 * The sample data as plain JSON, read here without any of the code under test, so expectations
 * come from the documents themselves.
 */
export function sampleData() {
  const docs = readdirSync(dataDir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .map((name) => ({
      name: name.replace(/\.json$/, ""),
      json: JSON.parse(readFileSync(join(dataDir, name), "utf8")),
    }));
  const directoryDoc = docs.find((d) => isDirectoryDocument(d.json));
  const directory = directoryDoc.json;
  const convenings = docs.filter((d) => d !== directoryDoc).map((d) => d.json);
  const domainOf = (c) => (c.url ? new URL(c.url).hostname : c.id);
  /** Every source of events: each convening with its UID domain, and the directory's series. */
  const sources = [
    ...convenings.map((c) => ({
      domain: domainOf(c),
      sessions: c.sessions ?? [],
      series: c.series ?? [],
      groups: c.groups ?? [],
    })),
    { domain: directoryDoc.name, sessions: [], series: directory.series ?? [], groups: [] },
  ];
  const allGroups = [...convenings.flatMap((c) => c.groups ?? []), ...(directory.groups ?? [])];
  const members = [...(directory.members ?? []), ...convenings.flatMap((c) => c.people ?? [])];

  /** UIDs a member's feed must hold: sessions they take part in, series of their groups. */
  const memberUids = (memberId) => {
    const uids = new Set();
    for (const source of sources) {
      for (const s of source.sessions) {
        if ((s.participants ?? []).some((p) => p.memberId === memberId))
          uids.add(`${s.id}@${source.domain}`);
      }
      for (const s of source.series) {
        const group = [...source.groups, ...allGroups].find((g) => g.id === s.groupId);
        if (group?.memberIds.includes(memberId)) uids.add(`${s.id}@${source.domain}`);
      }
    }
    return uids;
  };

  const emails = [];
  const joinLinks = [];
  const walk = (value) => {
    if (Array.isArray(value)) {
      for (const item of value) walk(item);
      return;
    }
    if (value === null || typeof value !== "object") return;
    for (const [key, v] of Object.entries(value)) {
      if (key === "email" && typeof v === "string" && v.includes("@")) emails.push(v);
      if (key === "url" && value.public === false) joinLinks.push(v);
      walk(v);
    }
  };
  for (const d of docs) walk(d.json);

  return {
    convenings,
    directory,
    directoryName: directoryDoc.name,
    sources,
    members,
    memberUids,
    emails,
    joinLinks,
    domainOf,
  };
}

/**
 * The calendar's X-WR-CALNAME. ical.js has no type for it and hands the raw value back, so it is
 * decoded with ical.js's own TEXT decoder (RFC 5545 §3.3.11 escapes).
 */
export function calendarName(vcalendar) {
  const raw = vcalendar.getFirstPropertyValue("x-wr-calname");
  return raw === null ? null : ICAL.design.icalendar.value.text.fromICAL(String(raw));
}
