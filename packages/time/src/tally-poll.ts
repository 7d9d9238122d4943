import { formatLocalDate } from "@convening/core";
import { blockedTimes } from "./blocked-time.js";
import { guard } from "./guards.js";
import { checkHolidayCalendar } from "./holiday-days.js";
import type { HolidayCalendar } from "./holiday-types.js";
import { type InstantInput, isoInZone } from "./instant.js";
import { REQUIRED_FACTOR } from "./meeting-cost.js";
import {
  type MeetingParticipant,
  type ParticipantGroup,
  type ResolvedParticipant,
  resolveParticipants,
} from "./meeting-participants.js";
import { dayCost } from "./poll-day-cost.js";
import { type CheckedOption, checkOptions, checkVotes } from "./poll-input.js";
import type { SlotBand, SlotReason } from "./slot-reasons.js";
import { materializeSlot, round, scanSlots } from "./slot-scan.js";

/** A voter's answer to one option. */
export type PollAnswer = "yes" | "if-need-be" | "no";

/**
 * One option of an availability poll: a meeting at fixed instants (`start`, `end`), shown to
 * each voter in their own zone, or all-day local dates (`date`, `endDate` included), the same
 * dates for every voter whatever their zone.
 */
export type PollOption =
  | {
      /** The option's id, as votes' `answers` name it. */
      readonly id: string;
      /** When a timed option starts: an ISO instant with offset, or epoch ms. */
      readonly start: InstantInput;
      /** When it ends. */
      readonly end: InstantInput;
    }
  | {
      /** The option's id, as votes' `answers` name it. */
      readonly id: string;
      /** An all-day option's first date, `YYYY-MM-DD`: the same date for every voter. */
      readonly date: string;
      /** Its last date (included), when it spans several days. */
      readonly endDate?: string;
    };

/** One voter's answers; an option they did not answer is counted as `unanswered`. */
export interface PollVote {
  /** Who voted: a meeting participant (a `Member` with a `timeZone` fits). */
  readonly voter: MeetingParticipant;
  /** Option id → answer. */
  readonly answers: Readonly<Record<string, PollAnswer>>;
}

/** What `tallyPoll` needs. */
export interface TallyPollOptions {
  /** The options voted on; ids are unique. */
  readonly options: readonly PollOption[];
  /** One entry per voter. */
  readonly votes: readonly PollVote[];
  /**
   * Where participants' public holidays come from (`publicHolidays` from
   * `@convening/time/holidays`, or your own {@link HolidayCalendar}). Left out, no holidays are
   * counted: the data weighs some 230 KB min+gzip, so it is loaded only by those who import it.
   */
  readonly holidays?: HolidayCalendar;
}

/** What one voter saw for an option: in their zone for instants, the dates as given for all-day. */
export interface PollView {
  /** The voter's id. */
  readonly id: string;
  /** The zone the voter saw the option in (their own). */
  readonly timeZone: string;
  /** Instants: the start on their clock, ISO with their offset. All-day: the first date. */
  readonly start: string;
  /** Instants: the end on their clock. All-day: the last date (included). */
  readonly end: string;
}

/** An option with its votes, cost and reasons. */
export interface PollTally {
  /** The option's id. */
  readonly id: string;
  /** A timed option (`start`/`end`) or an all-day one (`date`). */
  readonly kind: "instant" | "all-day";
  /** Who answered yes: voter ids, in the order the votes were given. */
  readonly yes: readonly string[];
  /** Who answered if-need-be, in the same order. */
  readonly ifNeedBe: readonly string[];
  /** Who answered no, in the same order. */
  readonly no: readonly string[];
  /** Who did not answer this option, in the same order. */
  readonly unanswered: readonly string[];
  /**
   * `findMeetingTimes`' cost of the option for the voters (instants), or the day cost of the
   * dates (all-day: holidays and out-of-office days `PENALTY.unavailable`, weekend days
   * `PENALTY.weekend`, weighted the same way). 0 without votes.
   */
  readonly cost: number;
  /** timeanddate's green / yellow / red band of the option, as for a meeting slot. */
  readonly band: SlotBand;
  /** Why it costs what it does (`"Nairobi: Jamhuri Day"`), per voter. */
  readonly reasons: readonly SlotReason[];
  /** What each voter saw, in the order the votes were given. */
  readonly seen: readonly PollView[];
}

/**
 * Tallies an availability poll: every option with who said yes, if-need-be or no, ranked by
 * yes (most first), then if-need-be, then the cost `findMeetingTimes` gives it for the voters
 * (holidays, sleep hours and working hours included), then the order given. All-day options are
 * local dates and never shift a day for a voter in another zone (Rallly #22); an instant option
 * is shown to each voter on their own clock.
 *
 * @example
 * ```ts
 * const [winner] = tallyPoll({
 *   options: [
 *     { id: "tue", start: "2025-12-09T13:00:00Z", end: "2025-12-09T14:00:00Z" },
 *     { id: "retreat", date: "2025-12-12" },
 *   ],
 *   votes: [
 *     { voter: { id: "amara", timeZone: "Africa/Nairobi", country: "KE" },
 *       answers: { tue: "yes", retreat: "no" } },
 *     { voter: { id: "dana", timeZone: "America/New_York" },
 *       answers: { tue: "if-need-be", retreat: "yes" } },
 *   ],
 * });
 * winner.id; // "tue": one yes and one if-need-be beat one yes
 * winner.seen[1]; // { id: "dana", timeZone: "America/New_York", start: "2025-12-09T08:00:00-05:00", … }
 * ```
 */
export function tallyPoll(poll: TallyPollOptions): PollTally[] {
  const input = guard.fields(
    poll,
    ["poll"],
    ["options", "votes", "holidays"],
    "must be { options, votes, holidays? }",
  );
  const calendar = checkHolidayCalendar(input.holidays);
  const options = checkOptions(input.options);
  const { voters, answers } = checkVotes(input.votes, new Set(options.map((o) => o.id)));
  const resolved =
    voters.length === 0
      ? { people: [], groups: [] }
      : resolveParticipants(voters, ["votes"], (i) => ["votes", i, "voter"], calendar);
  const tallies = options.map((option, index) => ({
    index,
    tally: tallyOption(option, resolved.people, resolved.groups, answers),
  }));
  tallies.sort(
    (a, b) =>
      b.tally.yes.length - a.tally.yes.length ||
      b.tally.ifNeedBe.length - a.tally.ifNeedBe.length ||
      a.tally.cost - b.tally.cost ||
      a.index - b.index,
  );
  return tallies.map((t) => t.tally);
}

function tallyOption(
  option: CheckedOption,
  people: readonly ResolvedParticipant[],
  groups: readonly ParticipantGroup[],
  answers: readonly Map<string, PollAnswer>[],
): PollTally {
  const yes: string[] = [];
  const ifNeedBe: string[] = [];
  const no: string[] = [];
  const unanswered: string[] = [];
  people.forEach((p, i) => {
    const answer = answers[i]!.get(option.id);
    (answer === "yes"
      ? yes
      : answer === "if-need-be"
        ? ifNeedBe
        : answer === "no"
          ? no
          : unanswered
    ).push(p.id);
  });
  const votes = { id: option.id, kind: option.kind, yes, ifNeedBe, no, unanswered };
  if (option.kind === "instant") {
    const seen = people.map((p) => ({
      id: p.id,
      timeZone: p.zone,
      start: isoInZone(option.start, p.zone),
      end: isoInZone(option.end, p.zone),
    }));
    if (people.length === 0) return { ...votes, cost: 0, band: "green", reasons: [], seen };
    const duration = option.end - option.start;
    const blocked = blockedTimes(groups, option.start, option.end);
    const grid = scanSlots(groups, [option.start], duration, blocked);
    const slot = materializeSlot(grid, 0, people);
    return { ...votes, cost: slot.cost, band: slot.band, reasons: slot.reasons, seen };
  }
  const first = formatLocalDate(option.first);
  const last = formatLocalDate(option.last);
  const seen = people.map((p) => ({ id: p.id, timeZone: p.zone, start: first, end: last }));
  const byGroup = groups.map((g) => dayCost(g, option.first, option.last));
  let cost = 0;
  const reasons: SlotReason[] = [];
  for (const p of people) {
    const { mean, causes } = byGroup[p.group]!;
    cost += (p.required ? REQUIRED_FACTOR : 1) * p.weight * mean;
    for (const cause of causes) reasons.push({ id: p.id, ...cause });
  }
  const band: SlotBand = reasons.length === 0 ? "green" : "yellow";
  return { ...votes, cost: round(cost), band, reasons, seen };
}
