import * as z from "zod";

// Ids become iCal UIDs (`<id>@<domain>`) and URL segments, so they are restricted to characters
// that can never end a content line or start a parameter (RFC 5545 §3.1, §3.8.4.7).
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/**
 * True when `value` is a safe id slug (`^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$`).
 *
 * @example
 * ```ts
 * isSafeId("power-of-a-story"); // true
 * isSafeId("power of a story"); // false
 * ```
 */
export function isSafeId(value: unknown): value is string {
  return typeof value === "string" && ID_PATTERN.test(value);
}

// `_brand` is only there to infer `Brand`: ids are branded at the type level, not at run time.
// `.brand()` comes last: inside this generic function its result is a deferred conditional type,
// and calling `.meta()` on that lost the brand.
function idOf<const Brand extends string>(_brand: Brand, what: string) {
  return z
    .string()
    .refine((value) => isSafeId(value), {
      message:
        "must be a slug of letters, digits, '.', '_' and '-' (at most 128) starting with a letter or digit",
      params: { code: "unsafe_id" },
    })
    .meta({
      pattern: ID_PATTERN.source,
      description: `Id of ${what}: a slug of letters, digits, '.', '_' and '-' (at most 128, starting with a letter or digit). It becomes part of calendar UIDs and URLs.`,
    })
    .brand<Brand>();
}

/**
 * The id of a convening: a slug (`^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$`), branded `ConveningId`.
 *
 * @example
 * ```ts
 * const id = ConveningIdSchema.parse("collaborative-workshops-2021"); // ConveningId
 * ```
 */
export const ConveningIdSchema = idOf("ConveningId", "a convening");

/**
 * The id of a session: a slug, branded `SessionId`. Sessions and series share one namespace in a convening.
 *
 * @example
 * ```ts
 * const id = SessionIdSchema.parse("power-of-a-story"); // SessionId
 * ```
 */
export const SessionIdSchema = idOf("SessionId", "a session");

/**
 * The id of a member: a slug, branded `MemberId`.
 *
 * @example
 * ```ts
 * const id = MemberIdSchema.parse("amina"); // MemberId
 * ```
 */
export const MemberIdSchema = idOf("MemberId", "a member");

/**
 * The id of an organization: a slug, branded `OrganizationId`.
 *
 * @example
 * ```ts
 * const id = OrganizationIdSchema.parse("kenya-cso-forum"); // OrganizationId
 * ```
 */
export const OrganizationIdSchema = idOf("OrganizationId", "an organization");

/**
 * The id of a venue: a slug, branded `VenueId`.
 *
 * @example
 * ```ts
 * const id = VenueIdSchema.parse("infopoint"); // VenueId
 * ```
 */
export const VenueIdSchema = idOf("VenueId", "a venue");

/**
 * The id of a series: a slug, branded `SeriesId`.
 *
 * @example
 * ```ts
 * const id = SeriesIdSchema.parse("convergences"); // SeriesId
 * ```
 */
export const SeriesIdSchema = idOf("SeriesId", "a series");

/**
 * The id of a group: a slug, branded `GroupId`.
 *
 * @example
 * ```ts
 * const id = GroupIdSchema.parse("exploratory-committee"); // GroupId
 * ```
 */
export const GroupIdSchema = idOf("GroupId", "a group");

/**
 * The id of a registration: a slug, branded `RegistrationId`.
 *
 * @example
 * ```ts
 * const id = RegistrationIdSchema.parse("reg-0042"); // RegistrationId
 * ```
 */
export const RegistrationIdSchema = idOf("RegistrationId", "a registration");

/**
 * A convening's id. Branded, so another kind of id (or an unchecked string) cannot stand in for it.
 *
 * @example
 * ```ts
 * const id: ConveningId = convening.id;
 * ```
 */
export type ConveningId = z.infer<typeof ConveningIdSchema>;

/**
 * A session's id, branded.
 *
 * @example
 * ```ts
 * const ids: SessionId[] = convening.sessions.map((s) => s.id);
 * ```
 */
export type SessionId = z.infer<typeof SessionIdSchema>;

/**
 * A member's id, branded.
 *
 * @example
 * ```ts
 * const speakers: MemberId[] = session.participants.map((p) => p.memberId);
 * ```
 */
export type MemberId = z.infer<typeof MemberIdSchema>;

/**
 * An organization's id, branded.
 *
 * @example
 * ```ts
 * const id: OrganizationId = member.affiliations[0].organizationId;
 * ```
 */
export type OrganizationId = z.infer<typeof OrganizationIdSchema>;

/**
 * A venue's id, branded.
 *
 * @example
 * ```ts
 * const where: VenueId | undefined = session.venueId;
 * ```
 */
export type VenueId = z.infer<typeof VenueIdSchema>;

/**
 * A series' id, branded.
 *
 * @example
 * ```ts
 * const id: SeriesId = convening.series[0].id;
 * ```
 */
export type SeriesId = z.infer<typeof SeriesIdSchema>;

/**
 * A group's id, branded.
 *
 * @example
 * ```ts
 * const id: GroupId = convening.groups[0].id;
 * ```
 */
export type GroupId = z.infer<typeof GroupIdSchema>;

/**
 * A registration's id, branded.
 *
 * @example
 * ```ts
 * const id: RegistrationId | undefined = convening.registrations[0].id;
 * ```
 */
export type RegistrationId = z.infer<typeof RegistrationIdSchema>;
