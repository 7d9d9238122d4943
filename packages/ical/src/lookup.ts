// The indexes of a parsed convening, built once and kept as long as the convening lives. A web
// page that asks for links and a one-session .ics for each of 2,000 sessions would otherwise
// rebuild them 4,000 times (quadratic in the number of sessions); here each later call is a
// WeakMap hit. Type-only imports: calendarLinks reaches this module and must stay off zod.

import type {
  Audience,
  Convening,
  Group,
  Member,
  Organization,
  Series,
  Session,
  Venue,
} from "@convening/schema";

/** The records a convening refers to, by id: its own first, then the directory's. */
export interface Lookup {
  readonly members: ReadonlyMap<string, Member>;
  readonly organizations: ReadonlyMap<string, Organization>;
  readonly venues: ReadonlyMap<string, Venue>;
  readonly groups: ReadonlyMap<string, Group>;
  /**
   * Results worked out once per convening and audience: a member as the audience sees them, a
   * person's line in a description. A speaker on twenty sessions is redacted and described once.
   */
  readonly memo: {
    readonly shown: Map<string, Member | null>;
    readonly lines: Map<string, string>;
    /** Per zone and day, the clock changes that go back: [instant, amount in ms]. */
    readonly backward: Map<string, readonly [number, number][]>;
  };
}

/** Everything looked up by id in one parsed convening, built once per convening. */
export interface ConveningIndex {
  /** Sessions by id, with their place in `convening.sessions` (for error paths and order). */
  readonly sessions: ReadonlyMap<string, { readonly index: number; readonly session: Session }>;
  /** Series by id, the same way. */
  readonly series: ReadonlyMap<string, { readonly index: number; readonly series: Series }>;
  /**
   * The DTSTAMP of events without an `updatedAt`, in epoch ms: the convening's `updatedAt`, else
   * the latest `updatedAt` in the document, else 0. Never the clock (see build-context.ts).
   */
  readonly fallbackStampMs: number;
  /** The lookup for `audience`, its memo shared by every call for that audience. */
  lookup(audience: Audience): Lookup;
}

const indexes = new WeakMap<Convening, ConveningIndex>();

/**
 * How many indexes (and maps by id in them) were built since the process started. Internal (not
 * exported from the package): tests read it to prove the per-session path indexes a convening
 * once, and that a whole calendar never builds a map by id.
 */
export const indexStats = { builds: 0, idMaps: 0 };

function byId<T extends { id: string }>(...lists: readonly (readonly T[])[]): Map<string, T> {
  const map = new Map<string, T>();
  // Later lists fill gaps only: the convening's own record wins over the directory's.
  for (const list of lists) for (const item of list) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

function latestStamp(convening: Convening): number {
  if (convening.updatedAt !== undefined) return Date.parse(convening.updatedAt);
  let latest = 0;
  for (const list of [convening.sessions, convening.series]) {
    for (const item of list) {
      if (item.updatedAt !== undefined) latest = Math.max(latest, Date.parse(item.updatedAt));
    }
  }
  return latest;
}

function buildIndex(convening: Convening): ConveningIndex {
  indexStats.builds++;
  // The directory parseConvening attached (already validated there, never parsed again here).
  const directory = convening.directory;
  const members = byId(convening.people, directory?.members ?? []);
  const organizations = byId(convening.organizations, directory?.organizations ?? []);
  const venues = byId(convening.venues);
  const groups = byId(convening.groups, directory?.groups ?? []);
  // Clock changes depend on the zone only, so every audience shares them.
  const backward = new Map<string, readonly [number, number][]>();
  const lookups = new Map<Audience, Lookup>();
  // The maps by id are built on first use: a whole calendar (toICS, toICSStream) walks the lists
  // in place and never asks for them, and at 100,000 sessions the sessions' map alone holds some
  // 8 MB for as long as the convening lives (measured with bench/stream.mjs).
  let sessions: ConveningIndex["sessions"] | undefined;
  let series: ConveningIndex["series"] | undefined;
  return {
    get sessions() {
      if (sessions === undefined) {
        indexStats.idMaps++;
        sessions = new Map(
          convening.sessions.map((session, index) => [session.id, { index, session }]),
        );
      }
      return sessions;
    },
    get series() {
      if (series === undefined) {
        indexStats.idMaps++;
        series = new Map(convening.series.map((s, index) => [s.id, { index, series: s }]));
      }
      return series;
    },
    fallbackStampMs: latestStamp(convening),
    lookup(audience) {
      let lookup = lookups.get(audience);
      if (lookup === undefined) {
        lookup = {
          members,
          organizations,
          venues,
          groups,
          memo: { shown: new Map(), lines: new Map(), backward },
        };
        lookups.set(audience, lookup);
      }
      return lookup;
    },
  };
}

/**
 * The index of a parsed convening: built on first use, then kept in a WeakMap keyed by the
 * convening, so it lives exactly as long as the convening does. A parsed convening is not
 * changed afterwards (edit the document and parse it again), so the index never goes stale.
 */
export function conveningIndex(convening: Convening): ConveningIndex {
  let index = indexes.get(convening);
  if (index === undefined) {
    index = buildIndex(convening);
    indexes.set(convening, index);
  }
  return index;
}
