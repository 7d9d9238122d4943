// A registration counts once the person is in: "waitlisted" is not yet, "cancelled" and "no-show"
// are no longer (the same rule @convening/ical uses for ATTENDEE lines).
const COUNTED = new Set(["registered", "attended"]);

/**
 * The sessions and series of one convening that belong in a member's own feed: the sessions they
 * take part in (any role), the series of the groups they belong to, and whatever they registered
 * for (the convening as a whole brings every session and series of it).
 *
 * @param {import("@convening/schema").Convening} convening
 * @param {string} memberId
 * @param {ReadonlyMap<string, import("@convening/schema").Group>} directoryGroups The directory's
 *   groups by id; the convening's own groups take precedence, as in `parseConvening`.
 * @returns {string[]} Session and series ids, in document order, for `toICS`'s `only`.
 */
export function memberEventIds(convening, memberId, directoryGroups) {
  const registered = new Set(
    convening.registrations
      .filter((r) => r.memberId === memberId && COUNTED.has(r.status))
      .map((r) => r.target),
  );
  const everything = registered.has(convening.id);
  const inGroup = (groupId) => {
    if (groupId === undefined) return false;
    const group = convening.groups.find((g) => g.id === groupId) ?? directoryGroups.get(groupId);
    return group?.memberIds.includes(memberId) ?? false;
  };
  const ids = [];
  for (const session of convening.sessions) {
    const takesPart = session.participants.some((p) => p.memberId === memberId);
    if (everything || takesPart || registered.has(session.id)) ids.push(session.id);
  }
  for (const series of convening.series) {
    if (everything || registered.has(series.id) || inGroup(series.groupId)) ids.push(series.id);
  }
  return ids;
}
