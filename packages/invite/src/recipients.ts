import type { Convening, Member, Registration } from "@convening/schema";
import type { InviteIndex } from "./convening-index.js";

/**
 * Registration statuses that hold a place, so they are invited and may answer. A waitlisted,
 * cancelled or no-show registration holds none: it gets no invitation, and a change to or from it
 * is an invitation or a cancellation.
 */
export const ACTIVE_STATUSES: ReadonlySet<Registration["status"]> = new Set([
  "registered",
  "attended",
]);

/** A registrant an invitation for one session or series goes to. */
export interface Recipient {
  readonly member: Member;
  /** The registration that brought the invitation: for the session itself, else for the convening. */
  readonly registration: Registration;
}

/**
 * A registrant who cannot be invited, and why.
 *
 * @example
 * ```ts
 * const missing = skipped.filter((s: SkippedRecipient) => s.reason === "no_email").map((s) => s.memberId);
 * ```
 */
export interface SkippedRecipient {
  /** The registration's `memberId`, as written (it may name no member: see `reason`). */
  readonly memberId: string;
  /** The session or series id. */
  readonly target: string;
  /** `no_email`: the member has no address to send to; `unknown_member`: no such member. */
  readonly reason: "no_email" | "unknown_member";
}

/** Active registrations grouped by target, each group in list order: built once per call. */
export type RegistrationsByTarget = ReadonlyMap<
  string,
  readonly (readonly [number, Registration])[]
>;

/** Groups the active registrations by target, so each session's recipients cost O(its own). */
export function groupRegistrations(registrations: readonly Registration[]): RegistrationsByTarget {
  const groups = new Map<string, [number, Registration][]>();
  registrations.forEach((r, i) => {
    if (!ACTIVE_STATUSES.has(r.status)) return;
    const group = groups.get(r.target);
    if (group === undefined) groups.set(r.target, [[i, r]]);
    else group.push([i, r]);
  });
  return groups;
}

/**
 * The people invited to `target`: active registrations for it or for the whole convening, one per
 * member (a member registered for both is invited once), in the order of the registrations.
 */
export function recipientsFor(
  target: string,
  convening: Convening,
  index: InviteIndex,
  registrations: RegistrationsByTarget,
  skipped: SkippedRecipient[],
): Recipient[] {
  const own = registrations.get(target) ?? [];
  const whole = target === convening.id ? [] : (registrations.get(convening.id) ?? []);
  const ordered = [...own, ...whole].sort((a, b) => a[0] - b[0]).map(([, r]) => r);
  const byMember = new Map<string, Registration>();
  for (const r of ordered) {
    const known = byMember.get(r.memberId);
    // The registration for the session itself wins: it is the one a reply is recorded on.
    if (known === undefined || (known.target === convening.id && r.target === target)) {
      byMember.set(r.memberId, r);
    }
  }
  const out: Recipient[] = [];
  for (const [memberId, registration] of byMember) {
    const member = index.members.get(memberId);
    if (member === undefined) skipped.push({ memberId, target, reason: "unknown_member" });
    else if (member.email === undefined) skipped.push({ memberId, target, reason: "no_email" });
    else out.push({ member, registration });
  }
  return out;
}
