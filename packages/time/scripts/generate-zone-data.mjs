#!/usr/bin/env node
// Generates src/zone-data.generated.ts from the IANA time-zone database as installed by Debian's
// tzdata package (/usr/share/zoneinfo, built with backzone data, so that zones such as
// Europe/Oslo or Asia/Aden stay zones rather than links to a neighbour):
//
// - links (alias → canonical id) from tzdata.zi's `L` lines (the `backward` file's links);
// - abbreviations people use, per zone, from the compiled TZif files (RFC 8536): the local time
//   types in force since 1970 and the footer's POSIX TZ string for the future;
// - the country of each zone from zone.tab (for a person's weekend).
//
// Offsets are NOT taken from here: the library reads them from the runtime's own Intl data, and
// uses this table only to name an offset the runtime reports. Run: `node scripts/generate-zone-data.mjs`
// (optionally with ZONEINFO=/path/to/zoneinfo). The output is committed; regenerate when tzdata
// changes an abbreviation.

import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ZONEINFO = process.env.ZONEINFO ?? "/usr/share/zoneinfo";
const OUT = join(dirname(fileURLToPath(import.meta.url)), "..", "src", "zone-data.generated.ts");
// Local time types in force before this instant are dropped: abbreviations of 1970 and later are
// the ones a convening shows.
const SINCE = Date.UTC(1970, 0, 1) / 1000;

const zi = readFileSync(join(ZONEINFO, "tzdata.zi"), "utf8");
const version = /^# version (\S+)/m.exec(zi)?.[1];
if (!version) throw new Error("tzdata.zi has no version line");
if (!/^# ddeps .*backzone/m.test(zi)) {
  throw new Error("tzdata.zi was not built with backzone data; links would merge distinct zones");
}

const zones = [];
const rawLinks = new Map();
for (const line of zi.split("\n")) {
  const parts = line.split(" ");
  if (parts[0] === "Z") zones.push(parts[1]);
  else if (parts[0] === "L") rawLinks.set(parts[2], parts[1]);
}
const zoneSet = new Set(zones);

// Resolve link chains so every alias points straight at a zone.
const links = {};
for (const alias of [...rawLinks.keys()].sort()) {
  let target = rawLinks.get(alias);
  for (let hops = 0; rawLinks.has(target) && hops < 10; hops++) target = rawLinks.get(target);
  if (!zoneSet.has(target)) throw new Error(`link ${alias} → ${target} does not reach a zone`);
  links[alias] = target;
}

/** Parses a TZif file (RFC 8536 §3), using the 64-bit v2+ data block when present. */
function parseTzif(buffer) {
  const view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  if (buffer.toString("latin1", 0, 4) !== "TZif") throw new Error("not a TZif file");
  const versionByte = buffer[4];
  const header = (at) => {
    const counts = [];
    for (let i = 0; i < 6; i++) counts.push(view.getUint32(at + 20 + i * 4));
    const [isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt] = counts;
    return { isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt };
  };
  let at = 0;
  let h = header(0);
  let timeSize = 4;
  if (versionByte !== 0) {
    // Skip the v1 block (RFC 8536 §3.2) and read the v2+ block with 64-bit times.
    at = 44 + h.timecnt * 5 + h.typecnt * 6 + h.charcnt + h.leapcnt * 8 + h.isstdcnt + h.isutcnt;
    h = header(at);
    timeSize = 8;
  }
  let p = at + 44;
  const times = [];
  for (let i = 0; i < h.timecnt; i++, p += timeSize) {
    times.push(timeSize === 8 ? Number(view.getBigInt64(p)) : view.getInt32(p));
  }
  const indices = [];
  for (let i = 0; i < h.timecnt; i++, p++) indices.push(buffer[p]);
  const rawTypes = [];
  for (let i = 0; i < h.typecnt; i++, p += 6) {
    rawTypes.push({ offset: view.getInt32(p), isDst: buffer[p + 4] === 1, index: buffer[p + 5] });
  }
  const chars = buffer.toString("latin1", p, p + h.charcnt);
  p += h.charcnt + h.leapcnt * (timeSize + 4) + h.isstdcnt + h.isutcnt;
  const types = rawTypes.map((t) => ({
    offset: t.offset,
    isDst: t.isDst,
    abbr: chars.slice(t.index, chars.indexOf("\0", t.index)),
  }));
  const footer = versionByte !== 0 ? buffer.toString("latin1", p).trim() : "";
  return { times, indices, types, footer };
}

/** The standard and daylight types a POSIX TZ string names (`EST5EDT,M3.2.0,M11.1.0`). */
function footerTypes(tz) {
  const m = /^(<[^>]+>|[A-Za-z]+)([+-]?[\d:]+)(?:(<[^>]+>|[A-Za-z]+)([+-]?[\d:]+)?)?(?:,|$)/.exec(
    tz,
  );
  if (!m) return [];
  const name = (s) => (s.startsWith("<") ? s.slice(1, -1) : s);
  const seconds = (s) => {
    const sign = s.startsWith("-") ? -1 : 1;
    const [hh = 0, mm = 0, ss = 0] = s.replace(/^[+-]/, "").split(":").map(Number);
    return sign * (hh * 3600 + mm * 60 + ss);
  };
  // POSIX offsets are west of Greenwich; ours are east.
  const std = { abbr: name(m[1]), offset: -seconds(m[2]), isDst: false };
  if (!m[3]) return [std];
  const dstOffset = m[4] ? -seconds(m[4]) : std.offset + 3600;
  return [std, { abbr: name(m[3]), offset: dstOffset, isDst: true }];
}

/** Numeric tzdata abbreviations (`+0545`, `-03`) are not names; the library writes `UTC+5:45`. */
const numeric = (abbr) => /^[+-]\d+$/.test(abbr) || abbr === "-00";

/**
 * Groups a zone's local time types since 1970 into eras within which no two types share an
 * offset, so the runtime's offset alone picks the type: `[eraStartSeconds, types]`.
 */
function erasOf(tzif) {
  const eras = [];
  let current = null;
  const add = (start, type) => {
    const entry = {
      abbr: numeric(type.abbr) ? "" : type.abbr,
      offset: type.offset,
      isDst: type.isDst,
    };
    if (current) {
      const same = current.types.find((t) => t.offset === entry.offset);
      if (same && same.abbr === entry.abbr && same.isDst === entry.isDst) return;
      if (!same) {
        current.types.push(entry);
        return;
      }
    }
    current = { start, types: [entry] };
    eras.push(current);
  };
  let inForce = tzif.types[0];
  let i = 0;
  for (; i < tzif.times.length && tzif.times[i] <= SINCE; i++)
    inForce = tzif.types[tzif.indices[i]];
  add(SINCE, inForce);
  for (; i < tzif.times.length; i++) add(tzif.times[i], tzif.types[tzif.indices[i]]);
  for (const type of footerTypes(tzif.footer)) add(tzif.times.at(-1) ?? SINCE, type);
  for (const era of eras) rearguard(era.types);
  return eras;
}

/**
 * Negative DST (Europe/Dublin's winter GMT, Morocco's Ramadan +00) is stored the "vanguard" way
 * in tzdata: the summer offset is standard. Calendar clients and ICU expect the rearguard form,
 * where the larger offset is daylight time, so the flags are flipped within such an era.
 */
function rearguard(types) {
  const negative = types.some(
    (d) =>
      d.isDst && types.some((s) => !s.isDst && s.offset > d.offset && s.offset - d.offset <= 7200),
  );
  if (!negative) return;
  for (const t of types) t.isDst = !t.isDst;
}

const encodeEras = (eras) =>
  eras
    .map(
      (era) =>
        `${era.start}|${era.types.map((t) => `${t.abbr},${t.offset},${t.isDst ? 1 : 0}`).join(";")}`,
    )
    .join(" ");

const abbreviations = {};
for (const zone of [...zones].sort()) {
  if (zone === "Factory") continue;
  abbreviations[zone] = encodeEras(erasOf(parseTzif(readFileSync(join(ZONEINFO, zone)))));
}

const countries = {};
for (const line of readFileSync(join(ZONEINFO, "zone.tab"), "utf8").split("\n")) {
  if (line.startsWith("#") || line.trim() === "") continue;
  const [country, , zone] = line.split("\t");
  countries[zone] = country;
}

const json = (value) => JSON.stringify(value, null, 1).replace(/\n\s*/g, " ");
const out = `// Generated by scripts/generate-zone-data.mjs from IANA tzdata ${version} (Debian's
// /usr/share/zoneinfo: tzdata.zi, the TZif files and zone.tab). Do not edit by hand.
// biome-ignore-all format: generated data

/**
 * The IANA tzdata release the package's abbreviation and link tables come from. Offsets always
 * come from the runtime's own Intl data.
 *
 * @example
 * \`\`\`ts
 * console.log(TZDATA_VERSION); // "${version}"
 * \`\`\`
 */
export const TZDATA_VERSION = ${JSON.stringify(version)};

/** Alias → canonical zone id, from tzdata's links (the \`backward\` file). */
export const ZONE_LINKS: Readonly<Record<string, string>> = ${json(links)};

/**
 * Per zone, its eras since 1970: \`start|abbr,offsetSeconds,isDst;…\` separated by spaces. Within
 * an era no two local time types share an offset. An empty abbreviation was numeric in tzdata.
 */
export const ZONE_ABBREVIATIONS: Readonly<Record<string, string>> = ${json(abbreviations)};

/** Zone → ISO 3166 country, from zone.tab. */
export const ZONE_COUNTRIES: Readonly<Record<string, string>> = ${json(countries)};
`;
writeFileSync(OUT, out);
console.log(
  `wrote ${OUT}: tzdata ${version}, ${Object.keys(abbreviations).length} zones, ${Object.keys(links).length} links`,
);
