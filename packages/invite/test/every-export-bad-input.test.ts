import { parseConvening } from "@convening/schema";
import {
  asyncCall,
  call,
  construct,
  describeEveryExport,
  type ExportCase,
  predicate,
} from "../../../config/bad-input.js";
import * as api from "../src/index.js";
import { workshops } from "./fixtures/convenings.js";
import { replyCalendar, replyMessage } from "./helpers/client-reply.js";
import { BASE } from "./helpers/options.js";

// One valid call per export, with the options that change the path taken; the harness corrupts
// every argument and every option of each (awaiting the async ones: a rejection is judged like a
// throw) and checks that only our errors come out. Parsed convenings are not corrupted in place:
// any copy loses the parsed mark (NotParsedError).
const convening = parseConvening(workshops());
const moved = workshops();
moved.sessions![0]!.start = "2021-03-23T11:30:00-04:00";
moved.sessions![0]!.end = "2021-03-23T12:30:00-04:00";
moved.sessions![0]!.sequence = 1;
const later = parseConvening(moved);
const AT = new Date("2021-03-12T08:30:00Z");

const { messages } = await api.invitationMessages(convening, {
  ...BASE,
  sessionIds: ["power-of-a-story"],
  date: AT,
});
const request = messages[0]!.ics;
const answer = {
  attendee: "amina@example.org",
  partStat: "ACCEPTED",
  at: AT,
  comment: "Yes",
} as const;
const replyIcs = replyCalendar(request, answer);
const replyMail = new Uint8Array(await replyMessage(request, answer, "programme@example.org"));
const reply = await api.readReply(replyIcs);

const cases: Record<keyof typeof api, ExportCase> = {
  applyReplies: call([
    convening.registrations,
    [reply],
    { convening, from: "amina@example.org", domain: "events.example.org" },
  ]),
  ConveningError: construct(["over quota", { code: "over_quota", path: ["limit"], value: 9 }]),
  invitationMessages: asyncCall([
    convening,
    {
      ...BASE,
      sessionIds: ["power-of-a-story"],
      audience: "private",
      domain: "events.example.org",
      date: AT,
    },
  ]),
  InviteOptionsError: construct([["from"], "x", "must be an e-mail address", { cause: 1 }]),
  isConveningError: predicate,
  isInviteOptionsError: predicate,
  isReplyFormatError: predicate,
  isReplyRefusedError: predicate,
  isSequenceNotRaisedError: predicate,
  NotParsedError: construct(["convening", "invitationMessages", ["convening"], {}]),
  ReplyFormatError: construct([["ics"], "x", "is not a calendar", { cause: 1 }]),
  ReplyRefusedError: construct([
    "unknown_event",
    ["uid"],
    "x@events.example.org",
    "names no event",
  ]),
  readReply: asyncCall([replyIcs, { from: "amina@example.org" }], [replyMail, {}]),
  SequenceNotRaisedError: construct([
    ["after", "sessions", 0],
    "power-of-a-story",
    ["start"],
    { before: 1, after: 1 },
  ]),
  updateMessages: asyncCall([convening, later, { ...BASE, date: AT }]),
};

describeEveryExport(api, cases, api.isConveningError, { numRuns: 30 });
