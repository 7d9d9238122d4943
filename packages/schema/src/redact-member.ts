// `canSee`, `fieldVisibility` and `redactMember` live in @convening/core so lean code (calendar
// links in a browser) applies the same privacy rules without loading zod; re-exported unchanged.
import type { Visibility } from "./common.js";

export { canSee, fieldVisibility, redactMember } from "@convening/core";

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
