import type { ParticipantRole, SessionKind } from "@convening/schema";

// English labels for the text this package composes (DESCRIPTION, CATEGORIES). Titles and
// descriptions themselves come from the document, in the reader's language.

/** Roles in the order a programme lists them, with singular and plural labels. */
export const ROLE_LABELS: readonly (readonly [ParticipantRole, string, string])[] = [
  ["moderator", "Moderator", "Moderators"],
  ["facilitator", "Facilitator", "Facilitators"],
  ["host", "Host", "Hosts"],
  ["speaker", "Speaker", "Speakers"],
  ["panelist", "Panelist", "Panelists"],
  ["interpreter", "Interpreter", "Interpreters"],
  ["note-taker", "Note-taker", "Note-takers"],
  ["organizer", "Organizer", "Organizers"],
];

export const KIND_LABELS: Readonly<Record<SessionKind, string>> = {
  workshop: "Workshop",
  panel: "Panel",
  talk: "Talk",
  keynote: "Keynote",
  plenary: "Plenary",
  breakout: "Breakout",
  meeting: "Meeting",
  social: "Social",
  break: "Break",
  other: "Session",
};

let languageNames: Intl.DisplayNames | undefined;
let regionNames: Intl.DisplayNames | undefined;
// Intl.DisplayNames is slow next to a Map hit, and a programme repeats a handful of languages.
const languageCache = new Map<string, string>();

/** "English", "Swahili", "American Sign Language" for a BCP 47 tag; the tag itself if unknown. */
export function languageName(tag: string): string {
  let name = languageCache.get(tag);
  if (name === undefined) {
    try {
      languageNames ??= new Intl.DisplayNames(["en"], { type: "language", fallback: "code" });
      name = languageNames.of(tag) ?? tag;
    } catch {
      name = tag;
    }
    if (languageCache.size < 1_000) languageCache.set(tag, name);
  }
  return name;
}

/** "Belgium" for "BE"; the code itself if the runtime has no name for it. */
export function countryName(code: string): string {
  try {
    regionNames ??= new Intl.DisplayNames(["en"], { type: "region", fallback: "code" });
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}
