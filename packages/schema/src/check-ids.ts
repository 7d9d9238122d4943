import { formatPath } from "@convening/core";
import type { IssueCollector } from "./issue-collector.js";
import { eachRecord, type Path } from "./raw.js";

/**
 * One namespace of ids, filled list by list; an id claimed twice is reported at the second
 * record. Sessions and series share one, since both become calendar UIDs.
 */
export class IdNamespace {
  readonly ids = new Set<string>();
  private readonly lists: { path: Path; list: unknown[] }[] = [];

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
      return;
    }
    this.out.value(
      [...listPath, index, "id"],
      "duplicate_id",
      id,
      `is used by another ${this.what} too (first at ${this.firstUse(id)})`,
    );
  }

  // Only called for a duplicate, so the lists are searched again rather than every id's
  // position being kept on the happy path.
  private firstUse(id: string): string {
    for (const { path, list } of this.lists) {
      for (let i = 0; i < list.length; i++) {
        const item = list[i] as { id?: unknown } | null;
        if (typeof item === "object" && item !== null && item.id === id)
          return formatPath([...path, i, "id"]);
      }
    }
    return "an earlier record";
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
