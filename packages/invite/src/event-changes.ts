import type { Convening } from "@convening/schema";
import type { InviteIndex, Target } from "./convening-index.js";

// Fields that record the revision, not the event: a change to them alone is no change.
const REVISION_FIELDS = new Set(["sequence", "updatedAt"]);

/** Structural equality of JSON-like data (a parsed document holds nothing else). */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((x, i) => same(x, other[i]));
  }
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) =>
    same((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

/**
 * The fields of a session or series that differ between two versions of a convening: its own
 * fields (but not `sequence` and `updatedAt`), `venue` when the room it names changed (a new join
 * link), and `convening.status` when the whole convening was cancelled or moved online, since that
 * reaches every event's STATUS and description.
 */
export function changedFields(
  before: Target,
  after: Target,
  conveningBefore: Convening,
  conveningAfter: Convening,
  indexBefore: InviteIndex,
  indexAfter: InviteIndex,
): string[] {
  const a = before.item as unknown as Record<string, unknown>;
  const b = after.item as unknown as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  const changed = keys.filter((k) => !REVISION_FIELDS.has(k) && !same(a[k], b[k]));
  const venueId = after.item.venueId;
  if (
    venueId !== undefined &&
    venueId === before.item.venueId &&
    !same(indexBefore.venues.get(venueId), indexAfter.venues.get(venueId))
  ) {
    changed.push("venue");
  }
  if (conveningBefore.status !== conveningAfter.status) changed.push("convening.status");
  return changed;
}

/** The SEQUENCE @convening/ical writes for a session or series: its own plus the convening's. */
export function effectiveSequence(target: Target, convening: Convening): number {
  return target.item.sequence + convening.sequence;
}

/** Whether calendars hold the event as cancelled (or not at all, in a REQUEST). */
export function isCancelled(target: Target, convening: Convening): boolean {
  return target.item.status === "cancelled" || convening.status === "cancelled";
}
