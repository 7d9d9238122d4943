import { z } from "zod";
import { CountrySchema, GeoSchema, webUrl } from "./common";
import { VenueIdSchema } from "./ids";
import { localizedMultiLine, singleLine } from "./text";

const physicalPlace = {
  name: singleLine("The place's name (InfoPoint, Campus Room 2)."),
  address: singleLine("Street address.").optional(),
  locality: singleLine("City or town.", 200).optional(),
  region: singleLine("State, province or region.", 200).optional(),
  postalCode: singleLine("Postal code.", 40).optional(),
  country: CountrySchema.optional(),
  geo: GeoSchema.optional(),
  accessibility: localizedMultiLine("Access notes: step-free entry, hearing loop, quiet room.").optional(),
  capacity: z.int().positive().optional().meta({ description: "How many people the place holds." }),
};

export const DialInSchema = z
  .object({
    number: singleLine("A phone number to dial (+1 646 558 8656).", 40),
    country: CountrySchema.optional(),
    pin: singleLine("Meeting id or PIN.", 60).optional(),
  })
  .meta({ description: "A dial-in number for people joining by phone." });

const onlinePlace = {
  url: webUrl("The join link."),
  platform: singleLine("The platform (Zoom, Jitsi, BigBlueButton, Teams).", 100).optional(),
  dialIn: z.array(DialInSchema).default([]).meta({ description: "Phone numbers for joining by phone." }),
  public: z
    .boolean()
    .default(false)
    .meta({
      description:
        "Whether the join link may be shown publicly. Default false: public feeds and pages say there is a link, not the link.",
    }),
};

export const PhysicalVenueSchema = z
  .object({ id: VenueIdSchema, kind: z.literal("physical"), ...physicalPlace })
  .meta({ description: "A room or building people go to." });

export const OnlineVenueSchema = z
  .object({
    id: VenueIdSchema,
    kind: z.literal("online"),
    name: singleLine("A name for the room (Main room).").optional(),
    ...onlinePlace,
    accessibility: localizedMultiLine("Access notes: captions, sign language, low-bandwidth options.").optional(),
  })
  .meta({ description: "An online meeting room." });

export const HybridVenueSchema = z
  .object({
    id: VenueIdSchema,
    kind: z.literal("hybrid"),
    ...physicalPlace,
    online: z.object(onlinePlace).meta({ description: "The online side of the room." }),
  })
  .meta({ description: "A room people go to that is also streamed online." });

/** Where a session happens: a physical place, an online room, or both (hybrid). */
export const VenueSchema = z
  .discriminatedUnion("kind", [PhysicalVenueSchema, OnlineVenueSchema, HybridVenueSchema])
  .meta({ description: "Where a session happens, discriminated on kind: physical, online or hybrid." });

export type Venue = z.infer<typeof VenueSchema>;
export type VenueInput = z.input<typeof VenueSchema>;
export type PhysicalVenue = z.infer<typeof PhysicalVenueSchema>;
export type OnlineVenue = z.infer<typeof OnlineVenueSchema>;
export type HybridVenue = z.infer<typeof HybridVenueSchema>;
