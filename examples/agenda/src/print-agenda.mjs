import { localize } from "@convening/schema";
import { buildAgenda } from "@convening/time";

/** Who takes part, as "Name (role)", from the convening's people. */
function participantsLine(session, people) {
  return session.participants
    .map(({ memberId, role }) => `${people.get(memberId)?.name ?? memberId} (${role})`)
    .join(", ");
}

/**
 * The agenda the way the seed pages print it: day by day in the first display zone; each time
 * slot once, one line per display zone (`11:20a — 12:05p EDT`, `3:20p — 4:05p GMT`, …), then the
 * sessions held in it with their speakers and roles.
 */
export function printAgenda(convening, c, write, language = "en") {
  const people = new Map(convening.people.map((p) => [p.id, p]));
  const first = convening.displayZones[0];
  const zone = typeof first === "string" ? first : (first?.zone ?? convening.timeZone);
  for (const day of buildAgenda(convening, { zone })) {
    write(`  ${c.bold(day.heading)}`);
    let slot = "";
    for (const { session, start, end, lines } of day.sessions) {
      if (`${start}/${end}` !== slot) {
        slot = `${start}/${end}`;
        for (const line of lines) write(`    ${c.cyan(line)}`);
      }
      const status = session.status === "scheduled" ? "" : c.red(` [${session.status}]`);
      write(`      ${localize(session.title, language)}${status}`);
      const who = participantsLine(session, people);
      if (who) write(`        ${c.dim(who)}`);
    }
    write("");
  }
}
