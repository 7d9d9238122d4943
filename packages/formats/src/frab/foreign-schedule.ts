// What the frab readers (schedule.json v1, schedule v2, schedule.xml, pretalx's export) find in a
// file, in one shape, so one importer turns any of them into a convening.

import type { SessionKind } from "@convening/schema";

type Path = (string | number)[];

export interface ForeignPerson {
  readonly name: unknown;
  readonly guid?: unknown;
  readonly code?: unknown;
  readonly biography?: unknown;
  readonly role?: unknown;
  readonly links?: unknown;
}

export interface ForeignEvent {
  readonly path: Path;
  readonly guid?: unknown;
  readonly slug?: unknown;
  readonly code?: unknown;
  readonly id?: unknown;
  readonly title?: unknown;
  readonly abstract?: unknown;
  readonly description?: unknown;
  readonly type?: unknown;
  readonly state?: unknown;
  /** `date` (v1, XML) or `start` (v2): ISO 8601, with an offset or not. */
  readonly date?: unknown;
  /** `start` of v1 and XML: local `HH:mm`. */
  readonly localStart?: unknown;
  readonly end?: unknown;
  readonly duration?: unknown;
  /** The day it is listed under: its date and its start (frab days run past midnight). */
  readonly dayDate?: unknown;
  readonly dayStart?: unknown;
  readonly roomName?: unknown;
  readonly roomGuid?: unknown;
  readonly track?: unknown;
  readonly language?: unknown;
  readonly persons: readonly ForeignPerson[];
  readonly links: readonly { url?: unknown; title?: unknown }[];
  readonly url?: unknown;
  readonly doNotRecord?: unknown;
  /** Set by readers that know the kind better than a type name (Sessionize's plenum sessions). */
  readonly kind?: SessionKind;
  readonly tags?: readonly string[];
}

export interface ForeignRoom {
  readonly name: unknown;
  readonly guid?: unknown;
  readonly slug?: unknown;
  readonly type?: unknown;
  readonly url?: unknown;
  readonly capacity?: unknown;
}

export interface ForeignSchedule {
  readonly format: string;
  /** The convening id to use when the file has no acronym (Sessionize, the pretalx API). */
  readonly id?: unknown;
  readonly acronym?: unknown;
  readonly title?: unknown;
  readonly description?: unknown;
  readonly url?: unknown;
  readonly baseUrl?: unknown;
  readonly timeZoneName?: unknown;
  readonly timeZonePath: Path;
  readonly start?: unknown;
  readonly end?: unknown;
  readonly languages?: unknown;
  /** The generator's `system`: the host our own exports mint GUIDs under. */
  readonly system?: unknown;
  readonly rooms: readonly ForeignRoom[];
  readonly events: readonly ForeignEvent[];
}

export type Json = Record<string, unknown>;

export function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}
