import { z } from "zod";
import { email, webUrl } from "./common";
import { GroupSchema } from "./group";
import { ConveningIdSchema, MemberIdSchema, OrganizationIdSchema, SeriesIdSchema } from "./ids";
import { MemberSchema } from "./member";
import { OrganizationSchema } from "./organization";
import { RegistrationSchema, RegistrationSettingsSchema } from "./registration";
import { SeriesSchema } from "./series";
import { SessionSchema } from "./session";
import { InstantSchema, LocalDateSchema } from "./temporal-strings";
import { LanguageTagSchema, localizedMultiLine, localizedSingleLine, singleLine } from "./text";
import { TimeZoneSchema } from "./time-zone";
import { VenueSchema } from "./venue";

export const DisplayZoneSchema = z
  .union([
    TimeZoneSchema,
    z.object({
      zone: TimeZoneSchema,
      label: singleLine("The label the network uses for this zone (EAT, Nairobi).", 40),
    }),
  ])
  .meta({ description: "A zone to show times in: an IANA id, or { zone, label } to set the label people see." });

export const ContactSchema = z
  .object({
    name: singleLine("Who to contact.").optional(),
    email: email("The contact address, shown publicly.").optional(),
    url: webUrl("A contact page or form.").optional(),
  })
  .meta({ description: "How to reach the organisers." });

/** A convening: a workshop, info session, convergence or meeting, with everything it refers to. */
export const ConveningSchema = z
  .object({
    id: ConveningIdSchema,
    title: localizedSingleLine("The convening's title."),
    description: localizedMultiLine("What it is about.").optional(),
    url: webUrl("Its public page.").optional(),
    timeZone: TimeZoneSchema.meta({ description: "The organisers' zone: dates and the agenda's default zone are read in it." }),
    displayZones: z
      .array(DisplayZoneSchema)
      .default([])
      .meta({ description: "Zones every time is shown in, first one leading (EDT / GMT / EAT). Default: timeZone only." }),
    startDate: LocalDateSchema.meta({ description: "First day, in timeZone." }),
    endDate: LocalDateSchema.meta({ description: "Last day, inclusive, in timeZone." }),
    status: z
      .enum(["scheduled", "cancelled", "postponed", "rescheduled", "moved-online"])
      .default("scheduled")
      .meta({ description: "Its status (schema.org EventStatusType). Default scheduled." }),
    attendanceMode: z
      .enum(["online", "in-person", "hybrid"])
      .default("online")
      .meta({ description: "How people attend (schema.org EventAttendanceModeEnumeration). Default online." }),
    languages: z.array(LanguageTagSchema).default([]).meta({ description: "Languages it is held in (BCP 47)." }),
    organizers: z
      .array(z.union([OrganizationIdSchema, MemberIdSchema]))
      .default([])
      .meta({ description: "Who organises it: ids in organizations or people." }),
    registration: RegistrationSettingsSchema.optional(),
    registrations: z.array(RegistrationSchema).default([]).meta({ description: "Registrations received." }),
    venues: z.array(VenueSchema).default([]).meta({ description: "Places and rooms sessions refer to." }),
    sessions: z.array(SessionSchema).default([]).meta({ description: "Its sessions." }),
    people: z.array(MemberSchema).default([]).meta({ description: "People its sessions and organizers refer to." }),
    organizations: z.array(OrganizationSchema).default([]).meta({ description: "Organizations its people and organizers refer to." }),
    series: z.array(SeriesSchema).default([]).meta({ description: "Recurring meetings it owns." }),
    groups: z.array(GroupSchema).default([]).meta({ description: "Committees and working groups it owns." }),
    parentSeriesId: SeriesIdSchema.optional().meta({ description: "The series this convening is one occurrence of." }),
    tags: z.array(singleLine("A tag (#CapacityCon).", 100)).default([]).meta({ description: "Free tags and hashtags." }),
    contact: ContactSchema.optional(),
    accessibility: localizedMultiLine("Access notes for the whole convening.").optional(),
    sequence: z.int().min(0).default(0).meta({ description: "Calendar revision of the convening as a whole. Default 0." }),
    updatedAt: InstantSchema.optional(),
  })
  .meta({ description: "A convening: a multi-day workshop, info session, convergence or committee's meetings." });

export type Convening = z.infer<typeof ConveningSchema>;
export type ConveningInput = z.input<typeof ConveningSchema>;
export type DisplayZone = z.infer<typeof DisplayZoneSchema>;
export type Contact = z.infer<typeof ContactSchema>;
