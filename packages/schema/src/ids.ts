import { z } from "zod";

// Ids become iCal UIDs (`<id>@<domain>`) and URL segments, so they are restricted to characters
// that can never end a content line or start a parameter (RFC 5545 §3.1, §3.8.4.7).
const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/** True when `value` is a safe id slug (`^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$`). */
export function isSafeId(value: unknown): value is string {
  return typeof value === "string" && ID_PATTERN.test(value);
}

function idOf<const Brand extends string>(brand: Brand, what: string) {
  return z
    .string()
    .refine(isSafeId, {
      message: "must be a slug of letters, digits, '.', '_' and '-' (at most 128) starting with a letter or digit",
      params: { code: "unsafe_id" },
    })
    .brand<Brand>()
    .meta({
      pattern: ID_PATTERN.source,
      description: `Id of ${what}: a slug of letters, digits, '.', '_' and '-' (at most 128, starting with a letter or digit). It becomes part of calendar UIDs and URLs.`,
    });
}

export const ConveningIdSchema = idOf("ConveningId", "a convening");
export const SessionIdSchema = idOf("SessionId", "a session");
export const MemberIdSchema = idOf("MemberId", "a member");
export const OrganizationIdSchema = idOf("OrganizationId", "an organization");
export const VenueIdSchema = idOf("VenueId", "a venue");
export const SeriesIdSchema = idOf("SeriesId", "a series");
export const GroupIdSchema = idOf("GroupId", "a group");
export const RegistrationIdSchema = idOf("RegistrationId", "a registration");

export type ConveningId = z.infer<typeof ConveningIdSchema>;
export type SessionId = z.infer<typeof SessionIdSchema>;
export type MemberId = z.infer<typeof MemberIdSchema>;
export type OrganizationId = z.infer<typeof OrganizationIdSchema>;
export type VenueId = z.infer<typeof VenueIdSchema>;
export type SeriesId = z.infer<typeof SeriesIdSchema>;
export type GroupId = z.infer<typeof GroupIdSchema>;
export type RegistrationId = z.infer<typeof RegistrationIdSchema>;
