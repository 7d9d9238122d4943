import type { MeetingSlot, PollTally, PollVote } from "@convening/time";
import { tallyPoll } from "@convening/time";
import { publicHolidays } from "@convening/time/holidays";
import type { Committee } from "./committee-plan.js";

/**
 * A sample availability poll for one call day, so the view can show `tallyPoll`: the ranked
 * slots as instant options (each member sees them on their own clock) and the day itself as an
 * all-day option (the same date for everyone). The votes are what each member would plausibly
 * answer from the finder's own reading of the slot: yes inside their hours, no in their sleep
 * hours, if-need-be otherwise; for the day, yes unless it is their holiday or weekend.
 */
export function samplePoll(
  committee: Committee,
  date: string,
  slots: readonly MeetingSlot[],
): PollTally[] {
  const options = [
    ...slots.map((slot, i) => ({ id: `slot-${i + 1}`, start: slot.start, end: slot.end })),
    { id: "whole-day", date },
  ];
  const votes: PollVote[] = committee.members.map((member, m) => {
    const answers: Record<string, "yes" | "if-need-be" | "no"> = {};
    slots.forEach((slot, i) => {
      const local = slot.local[m]!;
      answers[`slot-${i + 1}`] = local.asleep ? "no" : local.cost === 0 ? "yes" : "if-need-be";
    });
    const away = slots[0]?.reasons.some(
      (r) => r.id === member.id && (r.kind === "holiday" || r.kind === "weekend"),
    );
    answers["whole-day"] = away ? "if-need-be" : "yes";
    return { voter: member, answers };
  });
  return tallyPoll({ options, votes, holidays: publicHolidays });
}
