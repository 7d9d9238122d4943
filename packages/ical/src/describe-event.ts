import { localize } from "@convening/core";
import type { Interpretation, Material } from "@convening/schema";
import { languageName, ROLE_LABELS } from "./labels.js";
import type { Lookup } from "./lookup.js";
import type { ShownParticipant } from "./participants.js";
import { personLine } from "./participants.js";
import { dialInText, type Place } from "./place.js";

/** What goes into an event's DESCRIPTION, already localized and redacted for the audience. */
export interface DescriptionParts {
  readonly text: string | undefined;
  readonly statusNote: string | undefined;
  /** The group that meets (a committee), for series. */
  readonly groupName?: string | undefined;
  readonly participants: readonly ShownParticipant[];
  readonly languages: readonly string[];
  readonly qaLanguage: string | undefined;
  readonly interpretation: readonly Interpretation[];
  readonly accessibility: string | undefined;
  readonly materials: readonly Material[];
  readonly place: Place;
  readonly registrationUrl: string | undefined;
  readonly pageUrl: string | undefined;
}

const MODE_LABELS: Readonly<Record<Interpretation["mode"], string>> = {
  simultaneous: "simultaneous",
  consecutive: "consecutive",
  sign: "sign language",
  captions: "captions",
};

function peopleBlock(participants: readonly ShownParticipant[], lookup: Lookup): string[] {
  const lines: string[] = [];
  for (const [role, one, many] of ROLE_LABELS) {
    const people = participants.filter((p) => p.role === role);
    if (people.length === 1) lines.push(`${one}: ${personLine(people[0]!.member, lookup)}`);
    else if (people.length > 1)
      lines.push(`${many}:`, ...people.map((p) => `- ${personLine(p.member, lookup)}`));
  }
  return lines;
}

/**
 * The plain-text DESCRIPTION: the document's own text first, then the programme facts a person
 * looks for in a calendar entry (who speaks, in which languages, what to read, how to join).
 */
export function describeEvent(
  parts: DescriptionParts,
  lookup: Lookup,
  languages: readonly string[],
): string {
  const blocks: string[][] = [];
  if (parts.statusNote) blocks.push([parts.statusNote]);
  // Text of white space alone says nothing, and libical drops a DESCRIPTION that is only spaces
  // or tabs with an X-LIC-ERROR ("No value for DESCRIPTION property").
  if (parts.text !== undefined && /\S/.test(parts.text)) blocks.push([parts.text]);

  if (parts.groupName) blocks.push([`Group: ${parts.groupName}`]);
  const people = peopleBlock(parts.participants, lookup);
  if (people.length > 0) blocks.push(people);

  const facts: string[] = [];
  if (parts.languages.length > 0) {
    const qa = parts.qaLanguage ? `; Q&A in ${languageName(parts.qaLanguage)}` : "";
    facts.push(
      `Language${parts.languages.length > 1 ? "s" : ""}: ${parts.languages.map(languageName).join(", ")}${qa}`,
    );
  } else if (parts.qaLanguage) {
    facts.push(`Q&A in ${languageName(parts.qaLanguage)}`);
  }
  if (parts.interpretation.length > 0) {
    const offered = parts.interpretation.map(
      (i) => `${languageName(i.language)} (${MODE_LABELS[i.mode]})`,
    );
    facts.push(`Interpretation: ${offered.join(", ")}`);
  }
  if (parts.accessibility) facts.push(`Accessibility: ${parts.accessibility}`);
  if (parts.place.accessibility) facts.push(`Access: ${parts.place.accessibility}`);
  if (facts.length > 0) blocks.push(facts);

  if (parts.materials.length > 0) {
    blocks.push([
      "Materials:",
      ...parts.materials.map((m) => `- ${localize(m.title, languages)}: ${m.url}`),
    ]);
  }

  const links: string[] = [];
  if (parts.place.joinUrl) {
    links.push(
      `Join${parts.place.platform ? ` (${parts.place.platform})` : ""}: ${parts.place.joinUrl}`,
    );
    for (const d of parts.place.dialIn) links.push(`Dial in: ${dialInText(d)}`);
  } else if (parts.place.joinHidden) {
    links.push(
      `Online${parts.place.platform ? ` (${parts.place.platform})` : ""}: the join link is shared with registered participants.`,
    );
  }
  if (parts.registrationUrl) links.push(`Register: ${parts.registrationUrl}`);
  if (parts.pageUrl) links.push(`More: ${parts.pageUrl}`);
  if (links.length > 0) blocks.push(links);

  return blocks.map((b) => b.join("\n")).join("\n\n");
}
