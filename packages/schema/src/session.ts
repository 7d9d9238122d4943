import { z } from "zod";
import { webUrl } from "./common";
import { MemberIdSchema, SeriesIdSchema, SessionIdSchema, VenueIdSchema } from "./ids";
import { InstantSchema } from "./temporal-strings";
import { LanguageTagSchema, localizedMultiLine, localizedSingleLine, singleLine } from "./text";
import { TimeZoneSchema } from "./time-zone";

export const SessionKindSchema = z
  .enum(["workshop", "panel", "talk", "keynote", "plenary", "breakout", "meeting", "social", "break", "other"])
  .meta({ description: "What kind of session it is." });

export const ParticipantRoleSchema = z
  .enum(["facilitator", "speaker", "moderator", "panelist", "host", "organizer", "interpreter", "note-taker", "attendee"])
  .meta({ description: "What a person does in a session." });

export const SessionStatusSchema = z
  .enum(["scheduled", "tentative", "cancelled", "postponed", "rescheduled", "moved-online"])
  .meta({
    description:
      "scheduled (confirmed), tentative, cancelled, postponed (no new time yet), rescheduled (moved to the times given) or moved-online.",
  });

export const ParticipantSchema = z
  .object({
    memberId: MemberIdSchema.meta({ description: "The person (an id in people or the directory's members)." }),
    role: ParticipantRoleSchema,
  })
  .meta({ description: "A person's part in a session." });

export const MaterialSchema = z
  .object({
    title: localizedSingleLine("What it is (Pre-reading, Slides)."),
    url: webUrl("Where to get it."),
  })
  .meta({ description: "A document, recording or slide deck for a session." });

export const InterpretationSchema = z
  .object({
    language: LanguageTagSchema.meta({ description: "The language offered (BCP 47; sign languages such as ase, bfi)." }),
    mode: z
      .enum(["simultaneous", "consecutive", "sign", "captions"])
      .default("simultaneous")
      .meta({ description: "How it is offered. Default simultaneous." }),
  })
  .meta({ description: "Interpretation or captioning offered in a session." });

/** One session of a convening: a workshop, panel, call or break. */
export const SessionSchema = z
  .object({
    id: SessionIdSchema,
    title: localizedSingleLine("The session's title."),
    description: localizedMultiLine("What the session is about.").optional(),
    kind: SessionKindSchema.default("other").meta({ description: "What kind of session it is. Default other." }),
    start: InstantSchema.meta({ description: "When it starts: ISO 8601 with the offset of its zone (2021-03-23T11:20:00-04:00)." }),
    end: InstantSchema.meta({ description: "When it ends, after start, with the offset of its zone." }),
    timeZone: TimeZoneSchema.optional().meta({ description: "The zone of intent. Default: the convening's timeZone." }),
    venueId: VenueIdSchema.optional().meta({ description: "Where it happens (an id in the convening's venues)." }),
    track: singleLine("The track or strand it belongs to (Alliances for Change).", 200).optional(),
    participants: z.array(ParticipantSchema).default([]).meta({ description: "Who speaks, moderates, facilitates. Default none." }),
    languages: z.array(LanguageTagSchema).default([]).meta({ description: "Languages it is held in. Default: the convening's." }),
    qaLanguage: LanguageTagSchema.optional().meta({ description: "The language of the Q&A, when it differs or is announced." }),
    interpretation: z.array(InterpretationSchema).default([]).meta({ description: "Interpretation and captions offered." }),
    accessibility: localizedMultiLine("Access notes for this session.").optional(),
    capacity: z.int().positive().optional().meta({ description: "How many may attend." }),
    materials: z.array(MaterialSchema).default([]).meta({ description: "Pre-reading, slides, recordings." }),
    url: webUrl("A page about the session.").optional(),
    tags: z.array(singleLine("A tag.", 100)).default([]).meta({ description: "Free tags." }),
    status: SessionStatusSchema.default("scheduled").meta({ description: "Its status. Default scheduled." }),
    sequence: z
      .int()
      .min(0)
      .default(0)
      .meta({ description: "Calendar revision (iCal SEQUENCE): raise it on every change people should see. Default 0." }),
    updatedAt: InstantSchema.optional().meta({ description: "When it last changed (iCal DTSTAMP/LAST-MODIFIED)." }),
    seriesId: SeriesIdSchema.optional().meta({ description: "The series this session is an occurrence of, if any." }),
  })
  .meta({ description: "A session: a workshop, panel, talk, call or break with a start and end." });

export type Session = z.infer<typeof SessionSchema>;
export type SessionInput = z.input<typeof SessionSchema>;
export type SessionKind = z.infer<typeof SessionKindSchema>;
export type SessionStatus = z.infer<typeof SessionStatusSchema>;
export type Participant = z.infer<typeof ParticipantSchema>;
export type ParticipantRole = z.infer<typeof ParticipantRoleSchema>;
export type Material = z.infer<typeof MaterialSchema>;
export type Interpretation = z.infer<typeof InterpretationSchema>;
