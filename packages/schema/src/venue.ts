import * as z from "zod";
import { CountrySchema, GeoSchema, webUrl } from "./common.js";
import { VenueIdSchema } from "./ids.js";
import { localizedMultiLine, singleLine } from "./text.js";

const physicalPlace = {
  name: singleLine("The place's name (InfoPoint, Campus Room 2)."),
  address: singleLine("Street address.").optional(),
  locality: singleLine("City or town.", 200).optional(),
  region: singleLine("State, province or region.", 200).optional(),
  postalCode: singleLine("Postal code.", 40).optional(),
  country: CountrySchema.optional(),
  geo: GeoSchema.optional(),
  accessibility: localizedMultiLine(
    "Access notes: step-free entry, hearing loop, quiet room.",
  ).optional(),
  capacity: z.int().positive().optional().meta({ description: "How many people the place holds." }),
};

export const DialInSchema = z
  .strictObject({
    number: singleLine("A phone number to dial (+1 646 558 8656).", 40),
    country: CountrySchema.optional(),
    pin: singleLine("Meeting id or PIN.", 60).optional(),
  })
  .meta({ description: "A dial-in number for people joining by phone." });

const onlinePlace = {
  url: webUrl("The join link."),
  platform: singleLine("The platform (Zoom, Jitsi, BigBlueButton, Teams).", 100).optional(),
  dialIn: z
    .array(DialInSchema)
    .default([])
    .meta({ description: "Phone numbers for joining by phone." }),
  public: z.boolean().default(false).meta({
    description:
      "Whether the join link may be shown publicly. Default false: public feeds and pages say there is a link, not the link.",
  }),
};

/**
 * A room or building people go to.
 *
 * @example
 * ```ts
 * PhysicalVenueSchema.parse({ id: "infopoint", kind: "physical", name: "InfoPoint", locality: "Brussels", country: "BE" });
 * ```
 */
export const PhysicalVenueSchema = z
  .strictObject({
    id: VenueIdSchema,
    kind: z.literal("physical").meta({ description: "physical: a room or building people go to." }),
    ...physicalPlace,
  })
  .meta({ description: "A room or building people go to." });

/**
 * An online meeting room. Its join link is not public unless `public: true`.
 *
 * @example
 * ```ts
 * OnlineVenueSchema.parse({ id: "main-room", kind: "online", url: "https://meet.example.org/main", platform: "Zoom" });
 * ```
 */
export const OnlineVenueSchema = z
  .strictObject({
    id: VenueIdSchema,
    kind: z.literal("online").meta({ description: "online: a meeting room on the web." }),
    name: singleLine("A name for the room (Main room).").optional(),
    ...onlinePlace,
    accessibility: localizedMultiLine(
      "Access notes: captions, sign language, low-bandwidth options.",
    ).optional(),
  })
  .meta({ description: "An online meeting room." });

/**
 * A room people go to that is also streamed online.
 *
 * @example
 * ```ts
 * HybridVenueSchema.parse({ id: "hall", kind: "hybrid", name: "Main hall", online: { url: "https://stream.example.org/hall" } });
 * ```
 */
export const HybridVenueSchema = z
  .strictObject({
    id: VenueIdSchema,
    kind: z
      .literal("hybrid")
      .meta({ description: "hybrid: a room people go to that is also streamed online." }),
    ...physicalPlace,
    online: z.strictObject(onlinePlace).meta({ description: "The online side of the room." }),
  })
  .meta({ description: "A room people go to that is also streamed online." });

/**
 * Where a session happens: a physical place, an online room, or both (hybrid).
 *
 * @example
 * ```ts
 * VenueSchema.parse({ id: "main-room", kind: "online", url: "https://meet.example.org/main" }).public; // false
 * ```
 */
export const VenueSchema = z
  .discriminatedUnion("kind", [PhysicalVenueSchema, OnlineVenueSchema, HybridVenueSchema])
  .meta({
    description: "Where a session happens, discriminated on kind: physical, online or hybrid.",
  });

/**
 * A venue, discriminated on `kind`; see {@link VenueSchema}.
 *
 * @example
 * ```ts
 * const where = (v: Venue) => (v.kind === "online" ? v.platform : v.name);
 * ```
 */
export type Venue = z.infer<typeof VenueSchema>;

/**
 * A venue as written.
 *
 * @example
 * ```ts
 * const input: VenueInput = { id: "infopoint", kind: "physical", name: "InfoPoint" };
 * ```
 */
export type VenueInput = z.input<typeof VenueSchema>;

/**
 * A physical venue; see {@link PhysicalVenueSchema}.
 *
 * @example
 * ```ts
 * const rooms = convening.venues.filter((v): v is PhysicalVenue => v.kind === "physical");
 * ```
 */
export type PhysicalVenue = z.infer<typeof PhysicalVenueSchema>;

/**
 * An online venue; see {@link OnlineVenueSchema}.
 *
 * @example
 * ```ts
 * const links = convening.venues.filter((v): v is OnlineVenue => v.kind === "online").map((v) => v.url);
 * ```
 */
export type OnlineVenue = z.infer<typeof OnlineVenueSchema>;

/**
 * A hybrid venue; see {@link HybridVenueSchema}.
 *
 * @example
 * ```ts
 * const streamed = (v: HybridVenue) => v.online.url;
 * ```
 */
export type HybridVenue = z.infer<typeof HybridVenueSchema>;
