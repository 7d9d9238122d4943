// Registration, as a sign-up form would do it: the person joins the convening's people (if they
// are not there yet) and gets a registration for the session. The document is parsed again after
// the change: everything downstream takes only parsed convenings.

import { parseConvening } from "@convening/schema";

/** A copy of `doc` with `person` registered for `target`, parsed. */
export function register(doc, person, target) {
  const people = doc.people ?? [];
  return parseConvening({
    ...doc,
    people: people.some((p) => p.id === person.id) ? people : [...people, person],
    registrations: [...(doc.registrations ?? []), { memberId: person.id, target }],
  });
}
