// Every importer ends here: the document it built goes through `parseConvening`, the one validator.
// Importers clean what they can beforehand (text, ids, zones); whatever the validator still refuses
// is left out item by item, each with a warning naming the item in the source document, and the
// document is validated again. A bad talk never costs the other talks.

import {
  type ConveningIssue,
  isConveningValidationError,
  parseConvening,
  safeParseConvening,
} from "@convening/schema";
import { UnusableDocumentError } from "../errors.js";
import type { ImportResult, ImportWarning } from "./import-result.js";

type Json = Record<string, unknown>;
type Path = readonly (string | number)[];

/** A draft convening document and, for each item in its lists, where it came from in the source. */
export interface ImportDraft {
  readonly doc: Json & {
    sessions: Json[];
    people: Json[];
    venues: Json[];
    organizations?: Json[];
  };
  /** Source path and a label ("event \"Opening\"") for each entry of doc.sessions, doc.people, doc.venues. */
  readonly sources: {
    sessions: { path: Path; label: string }[];
    people: { path: Path; label: string }[];
    venues: { path: Path; label: string }[];
  };
}

const LISTS = ["sessions", "people", "venues"] as const;
type ListName = (typeof LISTS)[number];
// Fields without which an item is not one: an issue there drops the item, elsewhere the field.
const REQUIRED: Record<ListName, ReadonlySet<string>> = {
  sessions: new Set(["id", "title", "start", "end"]),
  people: new Set(["id", "name"]),
  venues: new Set(["id", "kind", "name", "url"]),
};
const TOP_REQUIRED = new Set(["id", "title", "timeZone", "startDate", "endDate"]);
// Each round removes at least one item or field, or stops; documents need one or two.
const MAX_ROUNDS = 20;

/** Collects warnings in document order. */
export class Warnings {
  readonly list: ImportWarning[] = [];
  add(path: Path, code: string, message: string): void {
    this.list.push({ path: [...path], code, message });
  }
}

/**
 * Validates `draft.doc` with `parseConvening`, leaving out what it refuses (with a warning each),
 * and returns the parsed convening.
 */
export function finishImport(format: string, draft: ImportDraft, warnings: Warnings): ImportResult {
  const { doc } = draft;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const result = safeParseConvening(doc);
    if (result.success) return { convening: result.data, warnings: warnings.list };
    if (!repair(format, draft, result.error.issues, warnings)) {
      throw new UnusableDocumentError(format, [], doc, result.error.message, result.error);
    }
  }
  try {
    return { convening: parseConvening(doc), warnings: warnings.list };
  } catch (error) {
    const message = isConveningValidationError(error) ? error.message : String(error);
    throw new UnusableDocumentError(format, [], doc, message, error);
  }
}

/** Removes what `issues` point at; false when nothing could be removed. */
function repair(
  format: string,
  draft: ImportDraft,
  issues: readonly ConveningIssue[],
  warnings: Warnings,
): boolean {
  const { doc, sources } = draft;
  const drop: Record<ListName, Map<number, string>> = {
    sessions: new Map(),
    people: new Map(),
    venues: new Map(),
  };
  const fieldDrops: {
    target: Json;
    key: string | number;
    path: Path;
    label: string;
    why: string;
  }[] = [];
  let changed = false;
  for (const issue of issues) {
    const [head, index, field, sub] = issue.path;
    if ((LISTS as readonly unknown[]).includes(head) && typeof index === "number") {
      const list = head as ListName;
      const item = doc[list][index];
      const source = sources[list][index];
      if (!item || !source) continue;
      if (typeof field !== "string" || REQUIRED[list].has(field) || issue.code === "duplicate_id") {
        drop[list].set(index, issue.message);
      } else if (field === "participants" && typeof sub === "number") {
        fieldDrops.push({
          target: item,
          key: `participants.${sub}`,
          path: source.path,
          label: source.label,
          why: issue.message,
        });
      } else {
        fieldDrops.push({
          target: item,
          key: field,
          path: source.path,
          label: source.label,
          why: issue.message,
        });
      }
    } else if (typeof head === "string" && !TOP_REQUIRED.has(head) && head in doc) {
      fieldDrops.push({ target: doc, key: head, path: [], label: format, why: issue.message });
    }
  }
  for (const f of fieldDrops) {
    const key = String(f.key);
    if (key.startsWith("participants.")) {
      const participants = f.target.participants as unknown[] | undefined;
      const i = Number(key.slice("participants.".length));
      if (participants?.[i] !== undefined) {
        participants[i] = undefined;
        changed = true;
        warnings.add(f.path, "field_dropped", `${f.label}: a participant left out (${f.why})`);
      }
    } else if (key in f.target) {
      delete f.target[key];
      changed = true;
      warnings.add(f.path, "field_dropped", `${f.label}: ${key} left out (${f.why})`);
    }
  }
  for (const s of doc.sessions) {
    if (Array.isArray(s.participants))
      s.participants = s.participants.filter((p) => p !== undefined);
  }
  for (const list of LISTS) {
    const gone = drop[list];
    if (gone.size === 0) continue;
    changed = true;
    const removedIds = new Set<unknown>();
    for (const [index, why] of gone) {
      const source = sources[list][index]!;
      removedIds.add(doc[list][index]?.id);
      warnings.add(source.path, "item_dropped", `${source.label} left out: ${why}`);
    }
    doc[list] = doc[list].filter((_, i) => !gone.has(i));
    sources[list] = sources[list].filter((_, i) => !gone.has(i));
    if (list === "people") {
      for (const s of doc.sessions) {
        if (Array.isArray(s.participants)) {
          s.participants = s.participants.filter((p) => !removedIds.has((p as Json).memberId));
        }
      }
    }
    if (list === "venues") {
      for (const s of doc.sessions) if (removedIds.has(s.venueId)) delete s.venueId;
    }
  }
  return changed;
}
