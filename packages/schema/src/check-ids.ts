import { formatPath } from "@convening/core";
import type { IssueCollector } from "./issue-collector.js";
import { eachRecord, type Path } from "./raw.js";

/** Where an id was first claimed: the list's path and the record's index in it. */
interface FirstUse {
  readonly path: Path;
  readonly index: number;
}

/**
 * One namespace of ids, filled list by list; an id claimed twice is reported at the second
 * record. Sessions and series share one, since both become calendar UIDs.
 */
export class IdNamespace {
  readonly ids = new Set<string>();
  private readonly lists: { path: Path; list: unknown[] }[] = [];
  // Where each id was first used, built at the first duplicate and kept up to date from then on:
  // a valid document never pays for it, and a document full of duplicates reads each list once
  // (searching the lists again per duplicate made 50,000 duplicates quadratic).
  private firstUses: Map<string, FirstUse> | undefined;

  constructor(
    private readonly out: IssueCollector,
    private readonly what: string,
  ) {}

  /** Claims the ids of every record in `list`. */
  claimAll(listPath: Path, list: unknown): this {
    eachRecord(list, (item, index) => this.claim(listPath, list as unknown[], index, item.id));
    return this;
  }

  /** Claims `id`, the id of `list[index]`. */
  claim(listPath: Path, list: unknown[], index: number, id: unknown): void {
    if (typeof id !== "string") return;
    const last = this.lists[this.lists.length - 1];
    if (last?.list !== list) this.lists.push({ path: listPath, list });
    if (!this.ids.has(id)) {
      this.ids.add(id);
      if (this.firstUses !== undefined && !this.firstUses.has(id))
        this.firstUses.set(id, { path: listPath, index });
      return;
    }
    const first = this.firstUse(id);
    this.out.value(
      [...listPath, index, "id"],
      "duplicate_id",
      id,
      `is used by another ${this.what} too (first at ${first ? formatPath([...first.path, first.index, "id"]) : "an earlier record"})`,
    );
  }

  private firstUse(id: string): FirstUse | undefined {
    if (this.firstUses === undefined) {
      // Every list claimed so far, read once in order: the first record with an id is its first
      // use (records of the current list not yet claimed are found at their own place).
      const firstUses = new Map<string, FirstUse>();
      for (const { path, list } of this.lists) {
        for (let i = 0; i < list.length; i++) {
          const item = list[i] as { id?: unknown } | null;
          if (typeof item !== "object" || item === null || typeof item.id !== "string") continue;
          if (!firstUses.has(item.id)) firstUses.set(item.id, { path, index: i });
        }
      }
      this.firstUses = firstUses;
    }
    return this.firstUses.get(id);
  }
}

/** Ids of the records in `lists`, for reference checks. */
export function idsOf(...lists: unknown[]): Set<string> {
  const ids = new Set<string>();
  for (const list of lists) {
    eachRecord(list, (item) => {
      if (typeof item.id === "string") ids.add(item.id);
    });
  }
  return ids;
}
