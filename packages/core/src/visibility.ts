// Moved here from @convening/schema (which re-exports these unchanged) so that lean code paths,
// such as calendar links in a browser bundle, apply the same privacy rules without the validator.

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

/**
 * True when `audience` may see something marked `visibility`.
 *
 * @example
 * ```ts
 * canSee("public", "network"); // false
 * canSee("private", "network"); // true: organisers see everything
 * ```
 */
export function canSee(audience: Visibility, visibility: Visibility): boolean {
  return RANK[audience] >= RANK[visibility];
}

/**
 * The visibility of one member field: its own setting, else private for e-mail, else the member's.
 *
 * @example
 * ```ts
 * fieldVisibility({ visibility: "public", fieldVisibility: {} }, "email"); // "private"
 * fieldVisibility({ visibility: "network", fieldVisibility: { bio: "public" } }, "bio"); // "public"
 * ```
 */
export function fieldVisibility(member: RedactableMember, field: RedactableField): Visibility {
  const own = member.fieldVisibility?.[field];
  if (own) return own;
  return field === "email" ? "private" : (member.visibility ?? "public");
}

const REMOVED: readonly RedactableField[] = [
  "email",
  "location",
  "bio",
  "timeZone",
  "availability",
  "pronouns",
];

/**
 * The member as `audience` may see it: undefined when the member is hidden from them, otherwise a
 * copy without the fields they may not see. E-mail is private unless the member opened it.
 *
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
  if (!canSee(audience, member.visibility ?? "public")) return undefined;
  const copy = { ...member } as Record<string, unknown>;
  const hide = (field: RedactableField) => !canSee(audience, fieldVisibility(member, field));
  for (const field of REMOVED) if (hide(field)) delete copy[field];
  if (hide("affiliations")) copy.affiliations = [];
  if (hide("links")) copy.links = [];
  return copy as unknown as M;
}
