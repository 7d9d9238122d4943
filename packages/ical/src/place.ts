import { type Audience, canSee, localize, type Venue } from "@convening/schema";
import { contentLine, paramValue, uriValue } from "./content-line.js";
import { countryName } from "./labels.js";

type OnlinePlace = Extract<Venue, { kind: "online" }>;
type PhysicalPlace = Extract<Venue, { kind: "physical" }>;
type DialIn = OnlinePlace["dialIn"][number];

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
    return { ...side, location: side.joinUrl ?? label, geo: undefined, accessibility: undefined };
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
    return {
      ...side,
      location: side.joinUrl ?? (venue.name ? `${venue.name}, ${label}` : label),
      geo: undefined,
      accessibility,
    };
  }
  const base = { location: physicalText(venue), geo: venue.geo, accessibility };
  if (venue.kind === "physical") {
    return { ...base, joinUrl: undefined, joinHidden: false, platform: undefined, dialIn: [] };
  }
  return { ...base, ...onlineSide(venue.online, audience) };
}

/** A dial-in number as a `tel:` URI (RFC 3966 global number), or undefined when it has no digits. */
function telUri(number: string): string | undefined {
  const digits = number.replace(/[^0-9]/g, "");
  if (digits.length < 3 || digits.length > 20) return undefined;
  return `tel:${number.trim().startsWith("+") ? "+" : ""}${digits}`;
}

/** "+1 646 558 8656 (United States), PIN 123 456". */
export function dialInText(d: DialIn): string {
  const country = d.country ? ` (${countryName(d.country)})` : "";
  return `${d.number}${country}${d.pin ? `, PIN ${d.pin}` : ""}`;
}

/**
 * RFC 7986 §5.11 CONFERENCE lines for a visible online room and its phone numbers. ical-generator
 * has no API for them, so they are written here: the URI raw (RFC 5545 §3.3.13 URI values are
 * not escaped), the label as a quoted, RFC 6868-encoded parameter.
 */
export function conferenceLines(place: Place): string[] {
  if (place.joinUrl === undefined) return [];
  const lines = [
    contentLine("CONFERENCE", uriValue(place.joinUrl), [
      "VALUE=URI",
      "FEATURE=AUDIO,VIDEO",
      ...(place.platform ? [`LABEL=${paramValue(place.platform)}`] : []),
    ]),
  ];
  for (const d of place.dialIn) {
    const uri = telUri(d.number);
    if (uri !== undefined) {
      lines.push(
        contentLine("CONFERENCE", uri, [
          "VALUE=URI",
          "FEATURE=PHONE",
          `LABEL=${paramValue(dialInText(d))}`,
        ]),
      );
    }
  }
  return lines;
}
