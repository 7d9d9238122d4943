// Small pieces every frab writer shares.

import { localize } from "@convening/core";
import type { LocalizedText } from "@convening/schema";
import type { ModelEvent, ModelRoom, ScheduleModel } from "./schedule-model.js";

export const GENERATOR_NAME = "@convening/formats";

/** Events frab v1 and schedule.xml can list: they have no status, so cancelled and postponed sessions are left out. */
export function listedInV1(e: ModelEvent): boolean {
  return e.status !== "cancelled" && e.status !== "postponed";
}

/** A track slug every c3voc schema accepts (`[a-z][a-z0-9-]+`, ending in a letter or digit). */
export function trackSlug(slug: string): string {
  return /^[a-z]/.test(slug) ? slug : `t-${slug}`;
}

/** The event's text in the convening's languages. */
export function eventText(
  model: ScheduleModel,
  text: LocalizedText | undefined,
): string | undefined {
  return text === undefined ? undefined : localize(text, model.languages);
}

/** `00:15` from minutes. */
export function clock(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${h < 10 ? "0" : ""}${h}:${m < 10 ? "0" : ""}${m}`;
}

/** What a room says about itself publicly: a private join link is never written. */
export function roomFacts(room: ModelRoom): { type?: string; url?: string; capacity?: number } {
  const v = room.venue;
  if (!v) return {};
  const out: { type?: string; url?: string; capacity?: number } = {};
  if (v.kind === "online") {
    out.type = "online";
    if (v.public) out.url = v.url;
  } else {
    if (v.capacity !== undefined) out.capacity = v.capacity;
    if (v.kind === "hybrid" && v.online.public) out.url = v.online.url;
  }
  return out;
}
