import type { Convening } from "@convening/schema";
import type { FrabExportOptions } from "./frab-options.js";
import { clock, eventText, GENERATOR_NAME, listedInV1, trackSlug } from "./frab-text.js";
import { type ModelEvent, type ScheduleModel, scheduleModel } from "./schedule-model.js";
import { xmlAttr, xmlText } from "./xml-text.js";

/**
 * The convening as a frab/c3voc `schedule.xml`, the format Giggity, ConfClerk, EventFahrplan, the
 * c3voc recording tracker and info-beamer read. Days in the convening's zone (a session before
 * `dayStartsAt` belongs to the day before, as frab's days run past midnight), rooms from venues,
 * every `date` with its offset, `time_zone_name` an IANA id, stable GUIDs (uuid v5 of the
 * session's iCal UID), persons the public may see, languages, tracks, materials as links, and
 * `<recording><optout>` from a session's `doNotRecord`. Cancelled and postponed sessions
 * are left out (the format has no status). Valid against c3voc's `schedule.xml.xsd`.
 *
 * @param convening - What `parseConvening` returned.
 * @throws {NotParsedError} for anything else; {@link FormatOptionsError} for a bad option.
 * @example
 * ```ts
 * import { toFrabXml } from "@convening/formats/frab";
 *
 * writeFileSync("schedule.xml", toFrabXml(parseConvening(doc), { domain: "events.example.org" }));
 * ```
 */
export function toFrabXml(convening: Convening, options?: FrabExportOptions): string {
  const model = scheduleModel(convening, options, "toFrabXml");
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>', "<schedule>"];
  out.push(`  <generator name="${xmlAttr(GENERATOR_NAME)}" system="${xmlAttr(model.domain)}"/>`);
  out.push(`  <version>${xmlText(model.version)}</version>`);
  out.push("  <conference>");
  out.push(`    <title>${xmlText(model.title)}</title>`);
  out.push(`    <acronym>${xmlText(model.acronym)}</acronym>`);
  out.push(`    <start>${model.startDate}</start>`);
  out.push(`    <end>${model.endDate}</end>`);
  out.push(`    <days>${model.days.length}</days>`);
  out.push(`    <timeslot_duration>${clock(model.timeslotMinutes)}</timeslot_duration>`);
  if (model.url !== undefined) out.push(`    <url>${xmlText(model.url)}</url>`);
  out.push(`    <time_zone_name>${xmlText(model.timeZone)}</time_zone_name>`);
  for (const t of model.tracks) {
    out.push(
      `    <track name="${xmlAttr(t.name)}" slug="${trackSlug(t.slug)}">${xmlText(t.name)}</track>`,
    );
  }
  out.push("  </conference>");
  for (const day of model.days) {
    out.push(
      `  <day index="${day.index}" date="${day.date}" start="${day.start}" end="${day.end}">`,
    );
    const byRoom = new Map<ModelEvent["room"], ModelEvent[]>();
    for (const e of day.events) {
      if (!listedInV1(e)) continue;
      const list = byRoom.get(e.room);
      if (list) list.push(e);
      else byRoom.set(e.room, [e]);
    }
    for (const room of model.rooms) {
      const events = byRoom.get(room);
      if (!events) continue;
      out.push(`    <room name="${xmlAttr(room.name)}" guid="${room.guid}">`);
      for (const e of events) writeEvent(out, model, e);
      out.push("    </room>");
    }
    out.push("  </day>");
  }
  out.push("</schedule>", "");
  return out.join("\n");
}

function writeEvent(out: string[], model: ScheduleModel, e: ModelEvent): void {
  const el = (name: string, value: string) => `        <${name}>${xmlText(value)}</${name}>`;
  out.push(`      <event guid="${e.guid}" id="${e.numericId}">`);
  out.push(el("room", e.room.name));
  out.push(el("title", e.title));
  out.push(el("type", e.kind));
  out.push(el("date", e.start));
  out.push(el("start", e.localStart));
  out.push(el("duration", e.duration));
  out.push(el("abstract", eventText(model, e.description) ?? ""));
  out.push(el("slug", e.slug));
  out.push(el("track", e.track ?? ""));
  if (e.languages[0] !== undefined) out.push(el("language", e.languages[0]));
  if (e.persons.length > 0) {
    out.push("        <persons>");
    for (const p of e.persons)
      out.push(`          <person guid="${p.guid}">${xmlText(p.name)}</person>`);
    out.push("        </persons>");
  }
  out.push("        <recording>");
  out.push("          <license></license>");
  out.push(`          <optout>${e.doNotRecord}</optout>`);
  out.push("        </recording>");
  if (e.materials.length > 0) {
    out.push("        <links>");
    for (const m of e.materials)
      out.push(`          <link href="${xmlAttr(m.url)}">${xmlText(m.title)}</link>`);
    out.push("        </links>");
  }
  if (e.url !== undefined) out.push(el("url", e.url));
  out.push("      </event>");
}
