import * as z from "zod";
import { type AllDay, AllDaySchema } from "./all-day.js";
import { sequence, webUrl } from "./common.js";
import { MemberIdSchema, SeriesIdSchema, SessionIdSchema, VenueIdSchema } from "./ids.js";
import { InstantSchema } from "./temporal-strings.js";
import { LanguageTagSchema, localizedMultiLine, localizedSingleLine, singleLine } from "./text.js";
import { TimeZoneSchema } from "./time-zone.js";

/**
 * What kind of session it is: workshop, panel, talk, keynote, plenary, breakout, meeting, social, break or other.
 *
 * @example
 * ```ts
 * SessionKindSchema.parse("panel");
 * ```
 */
export const SessionKindSchema = z
  .enum([
    "workshop",
    "panel",
    "talk",
    "keynote",
    "plenary",
    "breakout",
    "meeting",
    "social",
    "break",
    "other",
  ])
  .meta({ description: "What kind of session it is." });

/**
 * What a person does in a session: facilitator, speaker, moderator, panelist, host, organizer, interpreter, note-taker or attendee.
 *
 * @example
 * ```ts
 * ParticipantRoleSchema.parse("moderator");
 * ```
 */
export const ParticipantRoleSchema = z
  .enum([
    "facilitator",
    "speaker",
    "moderator",
    "panelist",
    "host",
    "organizer",
    "interpreter",
    "note-taker",
    "attendee",
  ])
  .meta({ description: "What a person does in a session." });

/**
 * A session's status: scheduled, tentative, cancelled, postponed, rescheduled or moved-online.
 *
 * @example
 * ```ts
 * SessionStatusSchema.parse("cancelled");
 * ```
 */
export const SessionStatusSchema = z
  .enum(["scheduled", "tentative", "cancelled", "postponed", "rescheduled", "moved-online"])
  .meta({
    description:
      "scheduled (confirmed), tentative, cancelled, postponed (no new time yet), rescheduled (moved to the times given) or moved-online.",
  });

/**
 * A person's part in a session.
 *
 * @example
 * ```ts
 * ParticipantSchema.parse({ memberId: "amina", role: "speaker" });
 * ```
 */
export const ParticipantSchema = z
  .strictObject({
    memberId: MemberIdSchema.meta({
      description: "The person (an id in people or the directory's members).",
    }),
    role: ParticipantRoleSchema,
  })
  .meta({ description: "A person's part in a session." });

/**
 * Pre-reading, slides or a recording for a session.
 *
 * @example
 * ```ts
 * MaterialSchema.parse({ title: "Pre-reading", url: "https://example.org/reading.pdf" });
 * ```
 */
export const MaterialSchema = z
  .strictObject({
    title: localizedSingleLine("What it is (Pre-reading, Slides)."),
    url: webUrl("Where to get it."),
  })
  .meta({ description: "A document, recording or slide deck for a session." });

/**
 * Interpretation or captions offered in a session (mode defaults to simultaneous).
 *
 * @example
 * ```ts
 * InterpretationSchema.parse({ language: "fr" });
 * InterpretationSchema.parse({ language: "ase", mode: "sign" });
 * ```
 */
export const InterpretationSchema = z
  .strictObject({
    language: LanguageTagSchema.meta({
      description: "The language offered (BCP 47; sign languages such as ase, bfi).",
    }),
    mode: z
      .enum(["simultaneous", "consecutive", "sign", "captions"])
      .default("simultaneous")
      .meta({ description: "How it is offered. Default simultaneous." }),
  })
  .meta({ description: "Interpretation or captioning offered in a session." });

/**
 * One session of a convening: a workshop, panel, call or break.
 *
 * @example
 * ```ts
 * SessionSchema.parse({
 *   id: "power-of-a-story", title: "The Power of a Story", kind: "workshop",
 *   start: "2021-03-23T11:20:00-04:00", end: "2021-03-23T12:05:00-04:00",
 * });
 * ```
 */
export const SessionSchema = z
  .strictObject({
    id: SessionIdSchema,
    title: localizedSingleLine("The session's title."),
    description: localizedMultiLine("What the session is about.").optional(),
    kind: SessionKindSchema.default("other").meta({
      description: "What kind of session it is. Default other.",
    }),
    start: InstantSchema.optional().meta({
      description:
        "When it starts: ISO 8601 with the offset of its zone (2021-03-23T11:20:00-04:00). Required unless allDay.",
    }),
    end: InstantSchema.optional().meta({
      description:
        "When it ends, after start, with the offset of its zone. Required unless allDay.",
    }),
    allDay: AllDaySchema.optional().meta({
      description: "An all-day session's days (instead of start and end).",
    }),
    timeZone: TimeZoneSchema.optional().meta({
      description: "The zone of intent. Default: the convening's timeZone.",
    }),
    venueId: VenueIdSchema.optional().meta({
      description: "Where it happens (an id in the convening's venues).",
    }),
    track: singleLine("The track or strand it belongs to (Alliances for Change).", 200).optional(),
    participants: z
      .array(ParticipantSchema)
      .default([])
      .meta({ description: "Who speaks, moderates, facilitates. Default none." }),
    languages: z
      .array(LanguageTagSchema)
      .default([])
      .meta({ description: "Languages it is held in. Default: the convening's." }),
    qaLanguage: LanguageTagSchema.optional().meta({
      description: "The language of the Q&A, when it differs or is announced.",
    }),
    interpretation: z
      .array(InterpretationSchema)
      .default([])
      .meta({ description: "Interpretation and captions offered." }),
    accessibility: localizedMultiLine("Access notes for this session.").optional(),
    capacity: z.int().positive().optional().meta({ description: "How many may attend." }),
    materials: z
      .array(MaterialSchema)
      .default([])
      .meta({ description: "Pre-reading, slides, recordings." }),
    url: webUrl("A page about the session.").optional(),
    tags: z.array(singleLine("A tag.", 100)).default([]).meta({ description: "Free tags." }),
    doNotRecord: z.boolean().default(false).meta({
      description:
        "True when the session must not be recorded or streamed (a closed session, a speaker who opted out); conference formats carry it as do_not_record. Default false.",
    }),
    status: SessionStatusSchema.default("scheduled").meta({
      description: "Its status. Default scheduled.",
    }),
    sequence: sequence(
      "Calendar revision (iCal SEQUENCE): raise it on every change people should see. Default 0.",
    ),
    updatedAt: InstantSchema.optional().meta({
      description: "When it last changed (iCal DTSTAMP/LAST-MODIFIED).",
    }),
    seriesId: SeriesIdSchema.optional().meta({
      description: "The series this session is an occurrence of, if any.",
    }),
  })
  .meta({ description: "A session: a workshop, panel, talk, call or break with a start and end." });

/**
 * A session with defaults applied; see {@link SessionSchema}. After `parseConvening` its `timeZone` is always set.
 *
 * @example
 * ```ts
 * const session: Session = convening.sessions[0];
 * session.participants.filter((p) => p.role === "speaker");
 * ```
 */
export type Session = Omit<
  z.infer<typeof SessionSchema>,
  "timeZone" | "start" | "end" | "allDay"
> & {
  /** The session's zone of intent; `parseConvening` fills it in from the convening's. */
  timeZone: string;
  /**
   * When it starts. For an all-day session, the first moment of `allDay.startDate` in `timeZone`,
   * filled in by `parseConvening` for code that knows only instants.
   */
  start: string;
  /** When it ends. For an all-day session, the first moment of the day after `allDay.endDate` in `timeZone`. */
  end: string;
  /** Present on an all-day session: its days, `endDate` filled in (inclusive). */
  allDay?: AllDay;
};

/**
 * A session as written: `id`, `title`, and `start` and `end` (or `allDay` for an all-day session) are required.
 *
 * @example
 * ```ts
 * const input: SessionInput = { id: "urban-slums", title: "Urban Slums", start: "2021-03-24T11:00:00-04:00", end: "2021-03-24T11:45:00-04:00" };
 * ```
 */
export type SessionInput = z.input<typeof SessionSchema>;

/**
 * One of the kinds in {@link SessionKindSchema}.
 *
 * @example
 * ```ts
 * const kind: SessionKind = "breakout";
 * ```
 */
export type SessionKind = z.infer<typeof SessionKindSchema>;

/**
 * One of the statuses in {@link SessionStatusSchema}.
 *
 * @example
 * ```ts
 * const live = (s: Session) => s.status !== ("cancelled" satisfies SessionStatus);
 * ```
 */
export type SessionStatus = z.infer<typeof SessionStatusSchema>;

/**
 * A person's part in a session; see {@link ParticipantSchema}.
 *
 * @example
 * ```ts
 * const moderator: Participant | undefined = session.participants.find((p) => p.role === "moderator");
 * ```
 */
export type Participant = z.infer<typeof ParticipantSchema>;

/**
 * One of the roles in {@link ParticipantRoleSchema}.
 *
 * @example
 * ```ts
 * const role: ParticipantRole = "panelist";
 * ```
 */
export type ParticipantRole = z.infer<typeof ParticipantRoleSchema>;

/**
 * A document for a session; see {@link MaterialSchema}.
 *
 * @example
 * ```ts
 * const slides: Material = { title: "Slides", url: "https://example.org/slides.pdf" };
 * ```
 */
export type Material = z.infer<typeof MaterialSchema>;

/**
 * Interpretation offered in a session; see {@link InterpretationSchema}.
 *
 * @example
 * ```ts
 * const offered: Interpretation = { language: "fr", mode: "simultaneous" };
 * ```
 */
export type Interpretation = z.infer<typeof InterpretationSchema>;
