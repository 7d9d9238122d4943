import {
  type Convening,
  localize,
  type Member,
  redactMember,
  type Session,
  type Venue,
} from "@convening/schema";
import type { AgendaSession } from "@convening/time";
import { formatRange } from "@convening/time";
import { type Child, h } from "./dom.js";
import { languageAttributes } from "./language-picker.js";

/** What a session card needs besides the session. */
export interface SessionCardContext {
  readonly convening: Convening;
  /** The zone the reader picked. */
  readonly zone: string;
  /** The reader's languages, for multilingual titles and descriptions. */
  readonly languages: readonly string[];
  /** The language of the time lines (the language picker's). Default English. */
  readonly locale?: string;
  /** The session's "Add to calendar" menu, built once per page load (see `calendarMenu`). */
  readonly menu: HTMLElement;
}

const KIND_LABELS: Record<Session["kind"], string> = {
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

/**
 * One session of the agenda: its time in the reader's zone (with the weekday and a day marker
 * when that date differs from the organisers'), its line in each display zone, who speaks in
 * which role, what it is about, and how to add it to a calendar.
 */
export function sessionCard(item: AgendaSession, ctx: SessionCardContext): HTMLElement {
  const { session } = item;
  const { convening, languages } = ctx;
  const title = localize(session.title, languages);
  const headingId = `session-${session.id}`;
  const venue = convening.venues.find((v) => v.id === session.venueId);
  const description = localize(session.description, languages);
  const status =
    session.status !== "scheduled"
      ? session.status
      : convening.status !== "scheduled"
        ? convening.status
        : undefined;
  const locale = ctx.locale ?? "en";
  const inLocale = languageAttributes(locale);
  return h(
    "li",
    {},
    h(
      "article",
      { class: "session", "aria-labelledby": headingId, "data-session": session.id },
      h("p", { class: "session__meta" }, meta(session, venue, status)),
      h("h3", { id: headingId }, title),
      h(
        "p",
        { class: "session__time" },
        h(
          "time",
          { datetime: session.start, "data-testid": "viewer-time", ...inLocale },
          formatRange(session.start, session.end, ctx.zone, {
            reference: convening.timeZone,
            locale,
          }),
        ),
      ),
      h(
        "ul",
        { class: "zone-lines", "aria-label": "In the convening's display zones" },
        item.lines.map((line) => h("li", inLocale, line)),
      ),
      people(session, convening),
      description && h("p", { class: "session__description" }, description),
      session.materials.length > 0 &&
        h(
          "ul",
          { class: "materials" },
          session.materials.map((m) =>
            h("li", {}, h("a", { href: m.url }, localize(m.title, languages))),
          ),
        ),
      ctx.menu,
    ),
  );
}

/** Speakers with their roles, as the public may see them; hidden members are counted, not named. */
function people(session: Session, convening: Convening): HTMLElement | undefined {
  if (session.participants.length === 0) return undefined;
  const byId = new Map<string, Member>(convening.people.map((m) => [m.id, m]));
  const shown: HTMLElement[] = [];
  let hidden = 0;
  for (const p of session.participants) {
    const member = byId.get(p.memberId);
    const visible = member && redactMember(member, "public");
    if (!visible) {
      hidden += 1;
      continue;
    }
    const org = visible.affiliations
      .map((a) => convening.organizations.find((o) => o.id === a.organizationId)?.name)
      .find((name) => name !== undefined);
    shown.push(
      h(
        "li",
        {},
        h("strong", {}, visible.name),
        org && `, ${org}`,
        " ",
        h("span", { class: "role" }, `(${p.role})`),
      ),
    );
  }
  if (hidden > 0) shown.push(h("li", { class: "role" }, `and ${hidden} more not listed publicly`));
  return h("ul", { class: "people", "aria-label": "Speakers and roles" }, shown);
}

/** Where it happens, as the public may read it: a room's name, never a private join link. */
function venueLabel(venue: Venue): string {
  if (venue.kind === "online") return `${venue.name ?? "Online room"} (online)`;
  const place = venue.locality ? `${venue.name}, ${venue.locality}` : venue.name;
  return venue.kind === "hybrid" ? `${place} (in person and online)` : place;
}

/** `Workshop · Event Day 1: Collaborative Workshops · Breakout room 1 (online)`, as running text so it wraps like text. */
function meta(session: Session, venue: Venue | undefined, status: string | undefined): Child[] {
  const parts: Child[] = [h("span", { class: "session__kind" }, KIND_LABELS[session.kind])];
  if (session.track) parts.push(session.track);
  if (venue) parts.push(venueLabel(venue));
  if (status)
    parts.push(
      h("strong", { class: "session__status" }, status.replaceAll("-", " ").toUpperCase()),
    );
  return parts.flatMap((part, i) => (i === 0 ? [part] : [" · ", part]));
}
