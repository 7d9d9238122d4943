import type { Parsed } from "@convening/core";
import * as z from "zod";
import { email, sequence, webUrl } from "./common.js";
import type { Directory } from "./directory.js";
import { GroupSchema } from "./group.js";
import { ConveningIdSchema, MemberIdSchema, OrganizationIdSchema, SeriesIdSchema } from "./ids.js";
import { MemberSchema } from "./member.js";
import { OrganizationSchema } from "./organization.js";
import { RegistrationSchema, RegistrationSettingsSchema } from "./registration.js";
import { type Series, SeriesSchema } from "./series.js";
import { type Session, SessionSchema } from "./session.js";
import { InstantSchema, LocalDateSchema } from "./temporal-strings.js";
import { LanguageTagSchema, localizedMultiLine, localizedSingleLine, singleLine } from "./text.js";
import { TimeZoneSchema } from "./time-zone.js";
import { VenueSchema } from "./venue.js";

/**
 * A zone to show times in: an IANA id, or `{ zone, label }` to set the label a network uses.
 *
 * @example
 * ```ts
 * DisplayZoneSchema.parse("Europe/London");
 * DisplayZoneSchema.parse({ zone: "Africa/Nairobi", label: "EAT" });
 * ```
 */
export const DisplayZoneSchema = z
  .union([
    TimeZoneSchema,
    z.strictObject({
      zone: TimeZoneSchema,
      label: singleLine("The label the network uses for this zone (EAT, Nairobi).", 40),
    }),
  ])
  .meta({
    description:
      "A zone to show times in: an IANA id, or { zone, label } to set the label people see.",
  });

/**
 * How to reach the organisers: a name, a public e-mail, a contact page.
 *
 * @example
 * ```ts
 * ContactSchema.parse({ name: "Programme team", email: "events@example.org" });
 * ```
 */
export const ContactSchema = z
  .strictObject({
    name: singleLine("Who to contact.").optional(),
    email: email("The contact address, shown publicly.").optional(),
    url: webUrl("A contact page or form.").optional(),
  })
  .meta({ description: "How to reach the organisers." });

/**
 * A convening: a workshop, info session, convergence or meeting, with everything it refers to.
 *
 * @example
 * ```ts
 * const shapeOnly = ConveningSchema.parse(doc); // shape and defaults; parseConvening also checks references and times
 * ```
 */
export const ConveningSchema = z
  .strictObject({
    $schema: z
      .string()
      .optional()
      .meta({ description: "The JSON Schema this document follows, for editors." }),
    id: ConveningIdSchema,
    title: localizedSingleLine("The convening's title."),
    description: localizedMultiLine("What it is about.").optional(),
    url: webUrl("Its public page.").optional(),
    timeZone: TimeZoneSchema.meta({
      description: "The organisers' zone: dates and the agenda's default zone are read in it.",
    }),
    displayZones: z.array(DisplayZoneSchema).default([]).meta({
      description:
        "Zones every time is shown in, first one leading (EDT / GMT / EAT). Default: timeZone only.",
    }),
    startDate: LocalDateSchema.meta({ description: "First day, in timeZone." }),
    endDate: LocalDateSchema.meta({ description: "Last day, inclusive, in timeZone." }),
    status: z
      .enum(["scheduled", "cancelled", "postponed", "rescheduled", "moved-online"])
      .default("scheduled")
      .meta({ description: "Its status (schema.org EventStatusType). Default scheduled." }),
    attendanceMode: z.enum(["online", "in-person", "hybrid"]).default("online").meta({
      description: "How people attend (schema.org EventAttendanceModeEnumeration). Default online.",
    }),
    languages: z
      .array(LanguageTagSchema)
      .default([])
      .meta({ description: "Languages it is held in (BCP 47)." }),
    organizers: z
      .array(z.union([OrganizationIdSchema, MemberIdSchema]))
      .default([])
      .meta({ description: "Who organises it: ids in organizations or people." }),
    registration: RegistrationSettingsSchema.optional(),
    registrations: z
      .array(RegistrationSchema)
      .default([])
      .meta({ description: "Registrations received." }),
    venues: z
      .array(VenueSchema)
      .default([])
      .meta({ description: "Places and rooms sessions refer to." }),
    sessions: z.array(SessionSchema).default([]).meta({ description: "Its sessions." }),
    people: z
      .array(MemberSchema)
      .default([])
      .meta({ description: "People its sessions and organizers refer to." }),
    organizations: z
      .array(OrganizationSchema)
      .default([])
      .meta({ description: "Organizations its people and organizers refer to." }),
    series: z.array(SeriesSchema).default([]).meta({ description: "Recurring meetings it owns." }),
    groups: z
      .array(GroupSchema)
      .default([])
      .meta({ description: "Committees and working groups it owns." }),
    parentSeriesId: SeriesIdSchema.optional().meta({
      description: "The series this convening is one occurrence of.",
    }),
    tags: z
      .array(singleLine("A tag (#CapacityCon).", 100))
      .default([])
      .meta({ description: "Free tags and hashtags." }),
    contact: ContactSchema.optional(),
    accessibility: localizedMultiLine("Access notes for the whole convening.").optional(),
    sequence: sequence("Calendar revision of the convening as a whole. Default 0."),
    updatedAt: InstantSchema.optional(),
  })
  .meta({
    description:
      "A convening: a multi-day workshop, info session, convergence or committee's meetings.",
  });

/**
 * A convening as `parseConvening` returns it: defaults applied, each session's `timeZone` filled
 * in, references checked, the directory attached, and marked as parsed. Every function of the
 * toolkit that takes a convening takes this type, and refuses anything that did not come out of
 * `parseConvening` with a `NotParsedError`, so nothing is validated twice. Treat it as immutable:
 * a change made after parsing is not checked; build a new document and parse that.
 *
 * @example
 * ```ts
 * const convening: Convening = parseConvening(doc);
 * convening.sessions.map((s) => s.id);
 * ```
 */
export type Convening = Omit<z.infer<typeof ConveningSchema>, "sessions" | "series"> & {
  /** Its sessions, each with `timeZone` filled in from the convening's. */
  sessions: Session[];
  /** The series it owns, each a parsed {@link Series}. */
  series: Series[];
  /**
   * The directory given to `parseConvening`, parsed, when one was given. Not enumerable: JSON and
   * object spread leave it out, as they leave out the parsed mark.
   */
  readonly directory?: Directory;
} & Parsed<"convening">;

/**
 * A convening document as written: fields with defaults may be left out.
 *
 * @example
 * ```ts
 * const doc: ConveningInput = {
 *   id: "convergence-2022-q3", title: "Capacity Builders Convergence",
 *   timeZone: "UTC", startDate: "2022-09-20", endDate: "2022-09-20",
 * };
 * ```
 */
export type ConveningInput = z.input<typeof ConveningSchema>;

/**
 * An IANA id or `{ zone, label }`; see {@link DisplayZoneSchema}.
 *
 * @example
 * ```ts
 * const zones: DisplayZone[] = ["America/New_York", { zone: "Africa/Nairobi", label: "EAT" }];
 * ```
 */
export type DisplayZone = z.infer<typeof DisplayZoneSchema>;

/**
 * How to reach the organisers; see {@link ContactSchema}.
 *
 * @example
 * ```ts
 * const contact: Contact = { email: "events@example.org" };
 * ```
 */
export type Contact = z.infer<typeof ContactSchema>;
