import { DAY_MS, type ErrorPath, isSingleLineText, parseLocalDate } from "@convening/core";
// tallyPoll's options and votes checked once, by hand (no zod), each error at its leaf field.

import { InvalidTimeArgumentError } from "./errors.js";
import { guard } from "./guards.js";
import { toEpochMs } from "./instant.js";
import type { MeetingParticipant } from "./meeting-participants.js";
import type { PollAnswer, PollOption, PollVote } from "./tally-poll.js";

/** An option checked: an instant range in ms, or local days (day counts, end included). */
export type CheckedOption =
  | { readonly id: string; readonly kind: "instant"; readonly start: number; readonly end: number }
  | {
      readonly id: string;
      readonly kind: "all-day";
      readonly first: number;
      readonly last: number;
    };

const ANSWERS: readonly unknown[] = ["yes", "if-need-be", "no"];
const OPTION = "must be { id, start, end } (instants) or { id, date, endDate? } (all-day)";
// Longer options are not meetings: a poll over a month is a different question.
const MAX_OPTION_MS = 7 * DAY_MS;

export function checkOptions(value: unknown): CheckedOption[] {
  const list = guard.array(value, ["options"], "must be a non-empty array of options");
  if (list.length === 0)
    throw new InvalidTimeArgumentError(["options"], value, "must be a non-empty array of options");
  const ids = new Set<string>();
  return list.map((o, i) => {
    const path = ["options", i];
    const option = guard.fields(o, path, ["id", "start", "end", "date", "endDate"], OPTION);
    const id = checkId(option.id, [...path, "id"]);
    if (ids.has(id)) throw new InvalidTimeArgumentError([...path, "id"], id, "appears twice");
    ids.add(id);
    if (option.date !== undefined) {
      if (option.start !== undefined || option.end !== undefined)
        throw new InvalidTimeArgumentError([...path, "start"], option.start, OPTION);
      const first = localDate(option.date, [...path, "date"]);
      const last =
        option.endDate === undefined ? first : localDate(option.endDate, [...path, "endDate"]);
      if (last < first || last - first > 6)
        throw new InvalidTimeArgumentError(
          [...path, "endDate"],
          option.endDate,
          "must be on or after date, and at most 6 days later",
        );
      return { id, kind: "all-day" as const, first, last };
    }
    if (option.endDate !== undefined)
      throw new InvalidTimeArgumentError([...path, "endDate"], option.endDate, OPTION);
    if (option.start === undefined) throw new InvalidTimeArgumentError(path, o, OPTION);
    const start = toEpochMs(option.start, [...path, "start"]);
    const end = toEpochMs(option.end, [...path, "end"]);
    if (!(end > start) || end - start > MAX_OPTION_MS || (end - start) % 60_000 !== 0)
      throw new InvalidTimeArgumentError(
        [...path, "end"],
        option.end,
        "must be a whole number of minutes after start, at most 7 days",
      );
    return { id, kind: "instant" as const, start, end };
  });
}

/** The votes: voters (checked later as participants) and their answers by option id. */
export function checkVotes(
  value: unknown,
  optionIds: ReadonlySet<string>,
): { voters: MeetingParticipant[]; answers: Map<string, PollAnswer>[] } {
  const list = guard.array(value, ["votes"], "must be an array of { voter, answers }");
  const voters: MeetingParticipant[] = [];
  const answers = list.map((v, i) => {
    const path = ["votes", i];
    const vote = guard.fields(v, path, ["voter", "answers"], "must be { voter, answers }") as {
      voter: unknown;
      answers: unknown;
    };
    voters.push(vote.voter as PollVote["voter"]);
    const record = guard.record(
      vote.answers,
      [...path, "answers"],
      "must map option ids to answers",
    );
    const out = new Map<string, PollAnswer>();
    for (const key of guard.keys(record, [...path, "answers"])) {
      const answer = guard.field(record, key, [...path, "answers"]);
      if (!optionIds.has(key))
        throw new InvalidTimeArgumentError(
          [...path, "answers", key],
          answer,
          "is not an option id",
        );
      if (!ANSWERS.includes(answer))
        throw new InvalidTimeArgumentError(
          [...path, "answers", key],
          answer,
          'must be "yes", "if-need-be" or "no"',
        );
      out.set(key, answer as PollAnswer);
    }
    return out;
  });
  return { voters, answers };
}

function checkId(value: unknown, path: ErrorPath): string {
  if (typeof value !== "string" || value === "" || !isSingleLineText(value))
    throw new InvalidTimeArgumentError(path, value, "must be a non-empty single-line string");
  return value;
}

function localDate(value: unknown, path: ErrorPath): number {
  const days = parseLocalDate(value);
  if (days === undefined)
    throw new InvalidTimeArgumentError(path, value, "must be a date YYYY-MM-DD");
  return days;
}

export type { PollOption };
