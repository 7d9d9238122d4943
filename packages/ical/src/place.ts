// Lean (core and type-only imports): calendarLinks uses placeOf in a browser bundle. The content
// lines for a place, which need ical-generator's escaping, are in place-lines.ts.
import { canSee, localize } from "@convening/core";
import type { Audience, Venue } from "@convening/schema";
import { countryName } from "./labels.js";

type OnlinePlace = Extract<Venue, { kind: "online" }>;
type PhysicalPlace = Extract<Venue, { kind: "physical" }>;
/** One dial-in number of an online room. */
export type DialIn = OnlinePlace["dialIn"][number];

/** Where a session happens, as far as the audience may know it. */
export interface Place {
  /** LOCATION text. */
  readonly location: string | undefined;
  /** GEO, for physical places whose coordinates are known. */
  readonly geo: { readonly lat: number; readonly lon: number } | undefined;
  /** The join link, when the audience may see it. */
  readonly joinUrl: string | undefined;
  /** There is an online room whose link this audience may not see. */
  readonly joinHidden: boolean;
  /** The platform's name (Zoom), when known. */
  readonly platform: string | undefined;
  /** Dial-in numbers, shown with the join link. */
  readonly dialIn: readonly DialIn[];
  /** Access notes for the room. */
  readonly accessibility: string | undefined;
}

function physicalText(
  place: Pick<PhysicalPlace, "name" | "address" | "locality" | "region" | "postalCode" | "country">,
): string {
  const locality = [place.postalCode, place.locality].filter(Boolean).join(" ");
  return [
    place.name,
    place.address,
    locality,
    place.region,
    place.country ? countryName(place.country) : undefined,
  ]
    .filter((part): part is string => part !== undefined && part !== "")
    .join(", ");
}

function onlineSide(
  online: {
    url: string;
    platform?: string | undefined;
    dialIn: readonly DialIn[];
    public: boolean;
  },
  audience: Audience,
): Pick<Place, "joinUrl" | "joinHidden" | "platform" | "dialIn"> {
  // A join link marked public: false is for the network (registered people), never for a public
  // feed: the feed says there is a link, not the link. Dial-in numbers and PINs admit people just
  // as the link does, so they follow it.
  const visible = online.public || canSee(audience, "network");
  return {
    joinUrl: visible ? online.url : undefined,
    joinHidden: !visible,
    platform: online.platform,
    dialIn: visible ? online.dialIn : [],
  };
}

/**
 * The place of a session or series for `audience`; `fallbackOnline` when no venue is given but the
 * convening is online. When it `movedOnline`, a room's address and GEO are left out (they would
 * send people where it no longer happens) and a hybrid room is reduced to its online side.
 */
export function placeOf(
  venue: Venue | undefined,
  audience: Audience,
  languages: readonly string[],
  fallbackOnline: boolean,
  movedOnline = false,
): Place {
  if (movedOnline && venue?.kind === "physical")
    return placeOf(undefined, audience, languages, true);
  if (movedOnline && venue?.kind === "hybrid") {
    const side = onlineSide(venue.online, audience);
    const label = venue.online.platform ? `Online (${venue.online.platform})` : "Online";
    return withSide(side, side.joinUrl ?? label, undefined, undefined);
  }
  if (venue === undefined) {
    return {
      location: fallbackOnline ? "Online" : undefined,
      geo: undefined,
      joinUrl: undefined,
      joinHidden: false,
      platform: undefined,
      dialIn: [],
      accessibility: undefined,
    };
  }
  const accessibility = localize(venue.accessibility, languages);
  if (venue.kind === "online") {
    const side = onlineSide(venue, audience);
    const label = venue.platform ? `Online (${venue.platform})` : "Online";
    return withSide(
      side,
      side.joinUrl ?? (venue.name ? `${venue.name}, ${label}` : label),
      undefined,
      accessibility,
    );
  }
  const location = physicalText(venue);
  if (venue.kind === "physical") {
    return {
      location,
      geo: venue.geo,
      joinUrl: undefined,
      joinHidden: false,
      platform: undefined,
      dialIn: [],
      accessibility,
    };
  }
  return withSide(onlineSide(venue.online, audience), location, venue.geo, accessibility);
}

/**
 * A place from its online side and the rest, written field by field: on Node 20's V8 every object
 * made by a literal that starts with a spread (`{ ...side, … }`) reached the old generation, which
 * grew the heap of a 100,000-session calendar stream by hundreds of MB (see session-event.ts).
 */
function withSide(
  side: Pick<Place, "joinUrl" | "joinHidden" | "platform" | "dialIn">,
  location: string | undefined,
  geo: Place["geo"],
  accessibility: string | undefined,
): Place {
  return {
    location,
    geo,
    joinUrl: side.joinUrl,
    joinHidden: side.joinHidden,
    platform: side.platform,
    dialIn: side.dialIn,
    accessibility,
  };
}

/** "+1 646 558 8656 (United States), PIN 123 456". */
export function dialInText(d: DialIn): string {
  const country = d.country ? ` (${countryName(d.country)})` : "";
  return `${d.number}${country}${d.pin ? `, PIN ${d.pin}` : ""}`;
}
