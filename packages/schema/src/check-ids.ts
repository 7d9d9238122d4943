import type { IssueCollector } from "./issue-collector";
import { type Path, records, text } from "./raw";

/**
 * Reports every id that appears twice in one namespace. `lists` share a namespace: sessions and
 * series both become calendar UIDs, so a session may not share an id with a series.
 */
export function checkUniqueIds(out: IssueCollector, what: string, lists: [Path, unknown][]): Set<string> {
  const seen = new Map<string, Path>();
  for (const [listPath, list] of lists) {
    for (const [item, index] of records(list)) {
      const id = text(item.id);
      if (id === undefined) continue;
      const path = [...listPath, index, "id"];
      const first = seen.get(id);
      if (first) {
        out.value(path, "duplicate_id", id, `is used by another ${what} too (first at ${first.join(".")})`);
      } else {
        seen.set(id, path);
      }
    }
  }
  return new Set(seen.keys());
}

/** Ids of the records in `lists`, for reference checks. */
export function idsOf(...lists: unknown[]): Set<string> {
  const ids = new Set<string>();
  for (const list of lists) {
    for (const [item] of records(list)) {
      const id = text(item.id);
      if (id !== undefined) ids.add(id);
    }
  }
  return ids;
}
