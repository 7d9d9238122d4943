// How session kinds, statuses and roles read in frab/c3voc files, and back.

import type { ParticipantRole, SessionKind, SessionStatus } from "@convening/schema";

/** schedule v2's event `type` enum for each kind; breaks are v2 `MetaEvent`s of type BREAK. */
export const V2_TYPE: Record<Exclude<SessionKind, "break">, string> = {
  workshop: "WORKSHOP",
  panel: "DISCUSSION",
  talk: "TALK",
  keynote: "TALK",
  plenary: "TALK",
  breakout: "MEETING",
  meeting: "MEETING",
  social: "OTHER",
  other: "OTHER",
};

/** schedule v2's `state` for each status. */
export const V2_STATE: Record<SessionStatus, string> = {
  scheduled: "CONFIRMED",
  tentative: "ACCEPTED",
  cancelled: "CANCELED",
  postponed: "DELAYED",
  rescheduled: "CONFIRMED",
  "moved-online": "CONFIRMED",
};

/** schedule v2's participant `role` for each of ours. */
export const V2_ROLE: Record<Exclude<ParticipantRole, "attendee">, string> = {
  speaker: "SPEAKER",
  panelist: "SPEAKER",
  facilitator: "SPEAKER",
  moderator: "MODERATOR",
  host: "HOST",
  organizer: "HOST",
  interpreter: "CONTRIBUTOR",
  "note-taker": "CONTRIBUTOR",
};

const ROLE_BACK: Record<string, ParticipantRole> = {
  SPEAKER: "speaker",
  MODERATOR: "moderator",
  HOST: "host",
  CONTRIBUTOR: "panelist",
  GUEST: "panelist",
};

/** Our role for a v2 participant role (speaker when absent or unknown). */
export function roleFromV2(role: unknown): ParticipantRole {
  return (typeof role === "string" && ROLE_BACK[role.toUpperCase()]) || "speaker";
}

/** Our kind for a frab/pretalx/v2 event type (`lecture`, `Talk 30 min`, `WORKSHOP`, `BREAK`). */
export function kindFromType(type: unknown): SessionKind {
  if (typeof type !== "string") return "other";
  const t = type.toLowerCase();
  const exact: Record<string, SessionKind> = {
    workshop: "workshop",
    panel: "panel",
    talk: "talk",
    keynote: "keynote",
    plenary: "plenary",
    breakout: "breakout",
    meeting: "meeting",
    social: "social",
    break: "break",
    other: "other",
    lecture: "talk",
    discussion: "panel",
    "hands-on": "workshop",
    lightning_talk: "talk",
    podium: "panel",
  };
  if (exact[t]) return exact[t];
  if (/keynote/.test(t)) return "keynote";
  if (/workshop|hands-on|tutorial/.test(t)) return "workshop";
  if (/panel|discussion|podium/.test(t)) return "panel";
  if (/talk|lecture|vortrag|presentation/.test(t)) return "talk";
  if (/meeting|meetup|bof|self-organi[sz]ed/.test(t)) return "meeting";
  if (/break|pause|lunch|coffee/.test(t)) return "break";
  return "other";
}

/** Our status for a v2 `state` (scheduled when absent). */
export function statusFromV2(state: unknown): SessionStatus {
  switch (typeof state === "string" ? state.toUpperCase() : "") {
    case "CANCELED":
    case "WITHDRAWN":
    case "DELETED":
    case "REJECTED":
      return "cancelled";
    case "DELAYED":
      return "postponed";
    case "ACCEPTED":
    case "SUBMITTED":
    case "DRAFT":
      return "tentative";
    default:
      return "scheduled";
  }
}
