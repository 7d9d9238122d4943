import type { CalendarOrganizer } from "@convening/ical";
import type { CalendarFacts } from "./calendar-facts.js";
import type { When } from "./when-lines.js";

/**
 * What a message says it is: a first invitation, an update, or a cancellation.
 *
 * @example
 * ```ts
 * const updates = messages.filter((m) => m.kind === ("update" satisfies MessageKind));
 * ```
 */
export type MessageKind = "invitation" | "update" | "cancellation";

/** The parts of one e-mail a person reads (the calendar part is the machine's). */
export interface MessageText {
  readonly subject: string;
  readonly text: string;
  readonly html: string;
}

const PREFIX: Readonly<Record<MessageKind, string>> = {
  invitation: "Invitation",
  update: "Updated invitation",
  cancellation: "Cancelled",
};

const HTML_ESCAPES: Readonly<Record<string, string>> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

// A URL in escaped text runs to whitespace; what escaping made of a quote or bracket ends it, and
// trailing punctuation belongs to the sentence. Greedy then trimmed: linear in the text.
const URL_RUN = /https?:\/\/[^\s<>"]+/g;
const URL_END = /&(?:quot|#39|lt|gt);/;

function link(run: string): string {
  const cut = run.search(URL_END);
  const head = cut === -1 ? run : run.slice(0, cut);
  let end = head.length;
  while (end > 0 && ".,;:!?)".includes(head[end - 1]!)) end--;
  const url = head.slice(0, end);
  return `<a href="${url}">${url}</a>${run.slice(url.length)}`;
}

/** Escaped text with its http(s) URLs as links and its line breaks kept. */
function htmlText(text: string): string {
  return escapeHtml(text).replace(URL_RUN, link).replace(/\r?\n/g, "<br>\n");
}

/** One line for a header: a title never breaks the Subject, whatever the document held. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/**
 * Subject, plain text and HTML of one invitation, update or cancellation: the title, the time in
 * the recipient's zone and the convening's display zones, the place and the description as the
 * recipient's calendar holds them, and how to answer.
 */
export function messageText(
  kind: MessageKind,
  facts: CalendarFacts,
  when: When,
  organizer: CalendarOrganizer,
): MessageText {
  const first = when.meetings[0];
  const subject = oneLine(
    `${PREFIX[kind]}: ${facts.summary}${first ? ` @ ${first.date}, ${first.lines[0]}` : ""}`,
  );
  const answer =
    kind === "cancellation"
      ? "This has been cancelled. Opening this message in your calendar removes it there."
      : `Answer with your calendar's Accept, Tentative or Decline buttons; the answer goes to ${organizer.name} <${organizer.email}>.`;

  const text: string[] = [facts.summary, ""];
  const html: string[] = [`<p><strong>${escapeHtml(facts.summary)}</strong></p>`];
  if (when.meetings.length > 0) {
    const label = when.repeats ? "First meetings" : "When";
    text.push(`${label}:`);
    const items: string[] = [];
    for (const meeting of when.meetings) {
      text.push(`  ${meeting.date}`, ...meeting.lines.map((line) => `    ${line}`));
      items.push(
        `${escapeHtml(meeting.date)}<br>\n${meeting.lines.map(escapeHtml).join("<br>\n")}`,
      );
    }
    if (when.repeats) text.push("  Every meeting is in the attached calendar.");
    html.push(
      `<p><strong>${label}:</strong></p>\n<ul>\n${items.map((i) => `<li>${i}</li>`).join("\n")}\n</ul>`,
    );
    if (when.repeats) html.push("<p>Every meeting is in the attached calendar.</p>");
  }
  if (facts.location !== undefined) {
    text.push(`Where: ${facts.location}`);
    html.push(`<p><strong>Where:</strong> ${htmlText(facts.location)}</p>`);
  }
  if (facts.description !== undefined) {
    text.push("", facts.description);
    html.push(`<p>${htmlText(facts.description)}</p>`);
  }
  text.push("", answer, "");
  html.push(`<p>${escapeHtml(answer)}</p>`);
  return {
    subject,
    text: text.join("\n"),
    html: `<!doctype html>\n<html><body>\n${html.join("\n")}\n</body></html>\n`,
  };
}
