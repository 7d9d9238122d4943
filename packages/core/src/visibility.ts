// Moved here from @convening/schema (which re-exports these unchanged) so that lean code paths,
// such as calendar links in a browser bundle, apply the same privacy rules without the validator.

import { argumentGuards } from "./argument-guards.js";
import type { ErrorPath } from "./format-path.js";
import { InvalidArgumentError } from "./invalid-argument-error.js";

const guard = argumentGuards();

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
  /** Who may see the member at all; `"public"` when absent. */
  readonly visibility?: Visibility | undefined;
  /**
   * Per-field settings that override {@link RedactableMember.visibility | visibility} for one
   * field; a field left out follows the member's setting, except e-mail, which is private.
   */
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

/** The visibility settings of a member, each read once (a getter that throws is named). */
function settingsOf(member: unknown): {
  visibility: unknown;
  fieldVisibility: Readonly<Record<string, unknown>> | undefined;
} {
  const m = guard.fields(
    member,
    ["member"],
    ["visibility", "fieldVisibility"],
    "must be a member object",
  );
  const own = m.fieldVisibility;
  return {
    visibility: m.visibility,
    fieldVisibility:
      own === undefined
        ? undefined
        : guard.record(own, ["member", "fieldVisibility"], "must be a map of field to visibility"),
  };
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
  return visibilityOf(settingsOf(member), field);
}

function visibilityOf(settings: ReturnType<typeof settingsOf>, field: RedactableField): Visibility {
  if (typeof field !== "string" || !FIELDS.has(field)) {
    throw new InvalidArgumentError(
      ["field"],
      field,
      "is not a member field with its own visibility",
    );
  }
  const own =
    settings.fieldVisibility === undefined
      ? undefined
      : guard.field(settings.fieldVisibility, field, ["member", "fieldVisibility"]);
  if (own !== undefined) {
    rankOf(own, ["member", "fieldVisibility", field]);
    return own as Visibility;
  }
  if (field === "email") return "private";
  const visibility = settings.visibility ?? "public";
  rankOf(visibility, ["member", "visibility"]);
  return visibility as Visibility;
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
  const settings = settingsOf(member);
  rankOf(audience, ["audience"]);
  const visibility = settings.visibility ?? "public";
  rankOf(visibility, ["member", "visibility"]);
  if (!canSee(audience, visibility as Visibility)) return undefined;
  let copy: Record<string, unknown>;
  try {
    copy = { ...member } as Record<string, unknown>;
  } catch (cause) {
    throw new InvalidArgumentError(["member"], undefined, "could not be read", { cause });
  }
  const hide = (field: RedactableField) => !canSee(audience, visibilityOf(settings, field));
  for (const field of REMOVED) if (hide(field)) delete copy[field];
  if (hide("affiliations")) copy.affiliations = [];
  if (hide("links")) copy.links = [];
  return copy as unknown as M;
}
