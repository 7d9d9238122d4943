import * as z from "zod";
import { CountrySchema, email, VisibilitySchema, webUrl } from "./common.js";
import { MemberIdSchema, OrganizationIdSchema } from "./ids.js";
import { LocalTimeSchema } from "./temporal-strings.js";
import { LanguageTagSchema, localizedMultiLine, singleLine } from "./text.js";
import { TimeZoneSchema } from "./time-zone.js";

/**
 * A day of the week as RFC 5545 writes it, in lower case: `mo` … `su`.
 *
 * @example
 * ```ts
 * WeekdaySchema.parse("tu");
 * ```
 */
export const WeekdaySchema = z.enum(["mo", "tu", "we", "th", "fr", "sa", "su"]).meta({
  description:
    "A day of the week, as RFC 5545 writes it in lower case: mo, tu, we, th, fr, sa, su.",
});

/**
 * `mo`, `tu`, `we`, `th`, `fr`, `sa` or `su`.
 *
 * @example
 * ```ts
 * const days: Weekday[] = ["tu", "th"];
 * ```
 */
export type Weekday = z.infer<typeof WeekdaySchema>;

/**
 * One weekly window a member is available, in the member's own zone.
 *
 * @example
 * ```ts
 * AvailabilityWindowSchema.parse({ day: "tu", start: "09:00", end: "12:30" });
 * ```
 */
export const AvailabilityWindowSchema = z
  .strictObject({
    day: WeekdaySchema,
    start: LocalTimeSchema.meta({
      description: "Start of the window, HH:mm in the member's zone.",
    }),
    end: LocalTimeSchema.meta({
      description:
        "End of the window, HH:mm in the member's zone; 00:00 means midnight at the end of the day.",
    }),
  })
  .meta({ description: "A weekly window of availability in the member's own time zone." });

/**
 * A member's tie to an organization, with their role there.
 *
 * @example
 * ```ts
 * AffiliationSchema.parse({ organizationId: "fabriders", title: "Founder" });
 * ```
 */
export const AffiliationSchema = z
  .strictObject({
    organizationId: OrganizationIdSchema.meta({
      description: "The organization (an id in organizations).",
    }),
    title: singleLine("The member's role there (Executive Director, Convener).").optional(),
  })
  .meta({ description: "A member's tie to an organization." });

export const MemberLinkSchema = z
  .strictObject({
    label: singleLine("What the link is (Website, Mastodon).", 100).optional(),
    url: webUrl("The link."),
  })
  .meta({ description: "A public link for a member." });

const memberFields = [
  "email",
  "location",
  "affiliations",
  "bio",
  "links",
  "timeZone",
  "availability",
  "pronouns",
] as const;

export const MemberFieldSchema = z
  .enum(memberFields)
  .meta({ description: "A member field whose visibility can be set on its own." });

export const LocationSchema = z
  .strictObject({
    locality: singleLine("City or town.", 200).optional(),
    region: singleLine("State, province or region.", 200).optional(),
    country: CountrySchema.optional(),
  })
  .meta({ description: "Where a member is, as precisely as they choose to say." });

/**
 * A person in the network: speaker, moderator, committee member, practitioner.
 *
 * @example
 * ```ts
 * MemberSchema.parse({ id: "dirk", name: "Dirk Slater", timeZone: "America/Los_Angeles", practiceAreas: ["facilitation"] });
 * ```
 */
export const MemberSchema = z
  .strictObject({
    id: MemberIdSchema,
    name: singleLine("The name the person wants shown."),
    pronouns: singleLine("Pronouns, as the person writes them (she/her).", 60).optional(),
    email: email(
      "E-mail address. Private unless fieldVisibility.email says otherwise; never written to public feeds.",
    ).optional(),
    affiliations: z
      .array(AffiliationSchema)
      .default([])
      .meta({ description: "Organizations the person belongs to, main one first." }),
    timeZone: TimeZoneSchema.optional().meta({
      description: "The person's home IANA zone, for scheduling.",
    }),
    languages: z
      .array(LanguageTagSchema)
      .default([])
      .meta({ description: "Languages the person works in (BCP 47), most fluent first." }),
    location: LocationSchema.optional(),
    practiceAreas: z
      .array(singleLine("A practice area (facilitation, digital security, data literacy).", 200))
      .default([])
      .meta({
        description: "What the person practises: facilitation, digital security, fundraising…",
      }),
    bio: localizedMultiLine("A short biography.").optional(),
    links: z.array(MemberLinkSchema).default([]).meta({ description: "Public links." }),
    availability: z.array(AvailabilityWindowSchema).optional().meta({
      description:
        "Weekly windows when the person can meet, in their own zone. Absent: weekdays 09:00–17:00.",
    }),
    visibility: VisibilitySchema.default("public").meta({
      description: "Who may see this member at all. Default public.",
    }),
    fieldVisibility: z.partialRecord(MemberFieldSchema, VisibilitySchema).default({}).meta({
      description:
        "Per-field visibility overriding the member's. email defaults to private; every other field follows visibility.",
    }),
  })
  .meta({
    description:
      "A person: speaker, moderator, facilitator, committee member or practitioner in a network.",
  });

/**
 * A member with defaults applied (`visibility` public, lists empty); see {@link MemberSchema}.
 *
 * @example
 * ```ts
 * const shown: Member | undefined = redactMember(member, "public");
 * ```
 */
export type Member = z.infer<typeof MemberSchema>;

/**
 * A member as written: only `id` and `name` are required.
 *
 * @example
 * ```ts
 * const input: MemberInput = { id: "amina", name: "Amina Mohammed" };
 * ```
 */
export type MemberInput = z.input<typeof MemberSchema>;

/**
 * A member field whose visibility can be set on its own (`email`, `location`, `bio`, …).
 *
 * @example
 * ```ts
 * const field: MemberField = "email";
 * fieldVisibility(member, field); // "private" unless the member opened it
 * ```
 */
export type MemberField = z.infer<typeof MemberFieldSchema>;

/**
 * A weekly window of availability in the member's own zone.
 *
 * @example
 * ```ts
 * const window: AvailabilityWindow = { day: "mo", start: "14:00", end: "00:00" }; // until midnight
 * ```
 */
export type AvailabilityWindow = z.infer<typeof AvailabilityWindowSchema>;

/**
 * A member's tie to an organization; see {@link AffiliationSchema}.
 *
 * @example
 * ```ts
 * const main: Affiliation | undefined = member.affiliations[0];
 * ```
 */
export type Affiliation = z.infer<typeof AffiliationSchema>;
