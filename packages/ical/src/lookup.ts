import {
  type Convening,
  type Directory,
  type Group,
  type Member,
  type Organization,
  parseDirectory,
  type Venue,
} from "@convening/schema";

/** The records a convening refers to, by id: its own first, then the directory's. */
export interface Lookup {
  readonly members: ReadonlyMap<string, Member>;
  readonly organizations: ReadonlyMap<string, Organization>;
  readonly venues: ReadonlyMap<string, Venue>;
  readonly groups: ReadonlyMap<string, Group>;
  /**
   * Results worked out once per calendar (one audience, one language choice): a member as the
   * audience sees them, a person's line in a description. A speaker on twenty sessions is
   * redacted and described once.
   */
  readonly memo: {
    readonly shown: Map<string, Member | null>;
    readonly lines: Map<string, string>;
    /** Per zone and day, the clock changes that go back: [instant, amount in ms]. */
    readonly backward: Map<string, readonly [number, number][]>;
  };
}

function byId<T extends { id: string }>(...lists: readonly (readonly T[])[]): Map<string, T> {
  const map = new Map<string, T>();
  // Later lists fill gaps only: the convening's own record wins over the directory's.
  for (const list of lists) for (const item of list) if (!map.has(item.id)) map.set(item.id, item);
  return map;
}

/**
 * Indexes the convening's people, organizations, venues and groups. The directory, when given,
 * was already validated by `parseConvening`; it is parsed again here for its defaults.
 */
export function buildLookup(convening: Convening, directoryInput: unknown): Lookup {
  const directory: Directory | undefined =
    directoryInput === undefined ? undefined : parseDirectory(directoryInput);
  return {
    members: byId(convening.people, directory?.members ?? []),
    organizations: byId(convening.organizations, directory?.organizations ?? []),
    venues: byId(convening.venues),
    groups: byId(convening.groups, directory?.groups ?? []),
    memo: { shown: new Map(), lines: new Map(), backward: new Map() },
  };
}
