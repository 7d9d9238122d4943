import type { Visibility } from "./common.js";
import type { Member, MemberField } from "./member.js";

/**
 * Who is looking: the public (feeds, pages), signed-in network members, or organisers.
 *
 * @example
 * ```ts
 * const audience: Audience = signedIn ? "network" : "public";
 * redactMember(member, audience);
 * ```
 */
export type Audience = Visibility;

const RANK: Record<Visibility, number> = { public: 0, network: 1, private: 2 };

/**
 * The visibility of one member field: its own setting, else private for e-mail, else the member's.
 *
 * @example
 * ```ts
 * fieldVisibility({ visibility: "public", fieldVisibility: {} }, "email"); // "private"
 * fieldVisibility({ visibility: "network", fieldVisibility: { bio: "public" } }, "bio"); // "public"
 * ```
 */
export function fieldVisibility(
  member: Pick<Member, "visibility" | "fieldVisibility">,
  field: MemberField,
): Visibility {
  const own = member.fieldVisibility?.[field];
  if (own) return own;
  return field === "email" ? "private" : (member.visibility ?? "public");
}

/**
 * True when `audience` may see something marked `visibility`.
 *
 * @example
 * ```ts
 * canSee("public", "network"); // false
 * canSee("private", "network"); // true: organisers see everything
 * ```
 */
export function canSee(audience: Audience, visibility: Visibility): boolean {
  return RANK[audience] >= RANK[visibility];
}

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
export function redactMember(member: Member, audience: Audience): Member | undefined {
  if (!canSee(audience, member.visibility ?? "public")) return undefined;
  const copy: Member = { ...member };
  const hide = (field: MemberField) => !canSee(audience, fieldVisibility(member, field));
  if (hide("email")) delete copy.email;
  if (hide("location")) delete copy.location;
  if (hide("bio")) delete copy.bio;
  if (hide("timeZone")) delete copy.timeZone;
  if (hide("availability")) delete copy.availability;
  if (hide("pronouns")) delete copy.pronouns;
  if (hide("affiliations")) copy.affiliations = [];
  if (hide("links")) copy.links = [];
  return copy;
}
