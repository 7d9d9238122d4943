// Moved here from @convening/schema (which re-exports these unchanged) so that lean code paths,
// such as calendar links in a browser bundle, apply the same privacy rules without the validator.

import type { ErrorPath } from "./format-path.js";
import { InvalidArgumentError } from "./invalid-argument-error.js";

/** Who may see something: everyone, signed-in network members, or organisers only. */
export type Visibility = "public" | "network" | "private";

/** The member fields whose visibility can be set one by one. */
export type RedactableField =
  | "email"
  | "location"
  | "bio"
  | "timeZone"
  | "availability"
  | "pronouns"
  | "affiliations"
  | "links";

/** The shape {@link redactMember} reads: a member's visibility settings. */
export interface RedactableMember {
  readonly visibility?: Visibility | undefined;
  readonly fieldVisibility?: Readonly<Partial<Record<RedactableField, Visibility>>> | undefined;
}

const RANK: Record<Visibility, number> = { public: 0, network: 1, private: 2 };
// Fields a hidden setting removes from the copy; affiliations and links are emptied instead.
const REMOVED: readonly RedactableField[] = [
  "email",
  "location",
  "bio",
  "timeZone",
  "availability",
  "pronouns",
];
const FIELDS = new Set<string>([...REMOVED, "affiliations", "links"]);

// These run once per person per calendar, so each check is a typeof or a lookup; a wrong value
// is a typed error naming the argument, never a TypeError from deep inside or a silent "hidden".
function rankOf(value: unknown, path: ErrorPath): number {
  const rank = typeof value === "string" ? RANK[value as Visibility] : undefined;
  if (rank === undefined) {
    throw new InvalidArgumentError(path, value, 'must be "public", "network" or "private"');
  }
  return rank;
}

function checkMember(member: unknown): asserts member is RedactableMember {
  if (typeof member !== "object" || member === null || Array.isArray(member)) {
    throw new InvalidArgumentError(["member"], member, "must be a member object");
  }
}

/**
 * True when `audience` may see something marked `visibility`.
 *
 * @throws {InvalidArgumentError} when either is not `"public"`, `"network"` or `"private"`.
 * @example
 * ```ts
 * canSee("public", "network"); // false
 * canSee("private", "network"); // true: organisers see everything
 * ```
 */
export function canSee(audience: Visibility, visibility: Visibility): boolean {
  return rankOf(audience, ["audience"]) >= rankOf(visibility, ["visibility"]);
}

/**
 * The visibility of one member field: its own setting, else private for e-mail, else the member's.
 *
 * @throws {InvalidArgumentError} when `member` is not an object or `field` not one of {@link RedactableField}.
 * @example
 * ```ts
 * fieldVisibility({ visibility: "public", fieldVisibility: {} }, "email"); // "private"
 * fieldVisibility({ visibility: "network", fieldVisibility: { bio: "public" } }, "bio"); // "public"
 * ```
 */
export function fieldVisibility(member: RedactableMember, field: RedactableField): Visibility {
  checkMember(member);
  if (!FIELDS.has(field)) {
    throw new InvalidArgumentError(
      ["field"],
      field,
      "is not a member field with its own visibility",
    );
  }
  const own = member.fieldVisibility?.[field];
  if (own) return own;
  return field === "email" ? "private" : (member.visibility ?? "public");
}

/**
 * The member as `audience` may see it: undefined when the member is hidden from them, otherwise a
 * copy without the fields they may not see. E-mail is private unless the member opened it.
 *
 * @throws {InvalidArgumentError} when `member` is not an object or `audience` not a visibility.
 * @example
 * ```ts
 * const shown = redactMember(member, "public");
 * shown?.email; // undefined unless fieldVisibility.email is "public"
 * ```
 */
export function redactMember<M extends RedactableMember>(
  member: M,
  audience: Visibility,
): M | undefined {
  checkMember(member);
  rankOf(audience, ["audience"]);
  if (!canSee(audience, member.visibility ?? "public")) return undefined;
  const copy = { ...member } as Record<string, unknown>;
  const hide = (field: RedactableField) => !canSee(audience, fieldVisibility(member, field));
  for (const field of REMOVED) if (hide(field)) delete copy[field];
  if (hide("affiliations")) copy.affiliations = [];
  if (hide("links")) copy.links = [];
  return copy as unknown as M;
}
