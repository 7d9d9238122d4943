import { planRotation } from "@convening/time";

/**
 * A fair rotation of call times for a group whose members live in many zones: `count` calls that
 * share the inconvenience, with each person's total beside the local times they get.
 */
export function printRotation(convening, group, c, write, { count = 4, from, to } = {}) {
  const people = new Map(convening.people.map((p) => [p.id, p]));
  const participants = group.memberIds
    .map((id) => people.get(id))
    .filter((member) => member?.timeZone)
    .map((member) => ({
      id: member.id,
      timeZone: member.timeZone,
      availability: member.availability,
    }));
  const rotation = planRotation({ participants, count, duration: "PT1H", from, to, step: 30 });
  write(
    `  ${c.bold(`${count} calls for ${participants.length} people, sharing the early and late hours:`)}`,
  );
  rotation.slots.forEach((slot, i) => {
    write(`    call ${i + 1}: ${c.cyan(slot.start)} (cost ${slot.cost.toFixed(1)})`);
  });
  write("");
  const width = Math.max(...participants.map((p) => people.get(p.id).name.length));
  const sorted = [...rotation.totals].sort((a, b) => b.cost - a.cost);
  for (const total of sorted) {
    const person = people.get(total.id);
    const locals = rotation.slots
      .map((slot) => slot.local.find((l) => l.id === total.id)?.start.slice(11, 16) ?? "--:--")
      .join("  ");
    const asleep = total.asleep > 0 ? c.red(` ${total.asleep}× asleep`) : "";
    write(
      `    ${person.name.padEnd(width)}  ${c.dim(person.timeZone.padEnd(22))} ${locals}  total ${total.cost.toFixed(1)}${asleep}`,
    );
  }
  write("");
  write(
    `  worst person's total ${rotation.worst.toFixed(1)}, everyone's total ${rotation.total.toFixed(1)}`,
  );
}
