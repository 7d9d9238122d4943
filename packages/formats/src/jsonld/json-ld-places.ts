// Where an event happens, as Google's Event rules want it: a Place with a PostalAddress for a room,
// a VirtualLocation with a URL for an online room. A join link marked `public: false` never
// appears: the VirtualLocation points at the public page instead (the session's, else the
// convening's), or has no URL at all.

import type { Venue } from "@convening/schema";
import type { Place, PostalAddress, VirtualLocation } from "schema-dts";
import type { JsonLdNode } from "./json-ld-types.js";

type PhysicalPlace = Exclude<Venue, { kind: "online" }>;

function place(v: PhysicalPlace): Place {
  const address: PostalAddress = { "@type": "PostalAddress" };
  if (v.address) address.streetAddress = v.address;
  if (v.locality) address.addressLocality = v.locality;
  if (v.region) address.addressRegion = v.region;
  if (v.postalCode) address.postalCode = v.postalCode;
  if (v.country) address.addressCountry = v.country;
  const out: Place = { "@type": "Place", name: v.name };
  if (Object.keys(address).length > 1) out.address = address;
  if (v.geo) out.geo = { "@type": "GeoCoordinates", latitude: v.geo.lat, longitude: v.geo.lon };
  if (v.capacity !== undefined) out.maximumAttendeeCapacity = v.capacity;
  return out;
}

function virtual(
  url: string | undefined,
  isPublic: boolean,
  pageUrl: string | undefined,
  name?: string,
): VirtualLocation {
  const out: VirtualLocation = { "@type": "VirtualLocation" };
  if (name) out.name = name;
  const shown = isPublic ? url : pageUrl;
  if (shown) out.url = shown;
  return out;
}

/** The location nodes of a venue; `pageUrl` stands in for a private join link. */
export function locationOf(venue: Venue | undefined, pageUrl: string | undefined): JsonLdNode[] {
  if (!venue) return pageUrl ? [virtual(undefined, false, pageUrl) as JsonLdNode] : [];
  if (venue.kind === "online")
    return [virtual(venue.url, venue.public, pageUrl, venue.name) as JsonLdNode];
  const room = place(venue) as JsonLdNode;
  if (venue.kind === "hybrid")
    return [room, virtual(venue.online.url, venue.online.public, pageUrl) as JsonLdNode];
  return [room];
}

/** schema.org's attendance mode for the places an event has. */
export function attendanceOf(mode: "online" | "in-person" | "hybrid"): string {
  if (mode === "online") return "https://schema.org/OnlineEventAttendanceMode";
  if (mode === "in-person") return "https://schema.org/OfflineEventAttendanceMode";
  return "https://schema.org/MixedEventAttendanceMode";
}

/** The attendance mode a venue implies. */
export function venueMode(venue: Venue | undefined): "online" | "in-person" | "hybrid" | undefined {
  if (!venue) return undefined;
  return venue.kind === "online" ? "online" : venue.kind === "hybrid" ? "hybrid" : "in-person";
}
