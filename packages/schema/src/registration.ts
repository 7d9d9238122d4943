import * as z from "zod";
import { webUrl } from "./common.js";
import { MemberIdSchema, RegistrationIdSchema } from "./ids.js";
import { InstantSchema } from "./temporal-strings.js";
import { LanguageTagSchema, localizedMultiLine, multiLine } from "./text.js";

/**
 * A registrant's answer to an invitation, as their calendar sent it back (an iTIP REPLY, RFC 5546
 * §3.2.3). `sequence` and `dtstamp` order answers: a later answer replaces an earlier one, never
 * the other way round, whatever order the e-mails arrive in (RFC 5546 §2.1.5).
 *
 * @example
 * ```ts
 * RegistrationReplySchema.parse({ partStatus: "accepted", sequence: 0, dtstamp: "2022-11-02T09:15:00Z" });
 * ```
 */
export const RegistrationReplySchema = z
  .strictObject({
    partStatus: z
      .enum(["accepted", "declined", "tentative", "delegated", "needs-action"])
      .meta({ description: "The answer (iCalendar PARTSTAT, RFC 5545 §3.2.12), lower case." }),
    sequence: z
      .int()
      .min(0)
      .meta({ description: "The SEQUENCE of the invitation answered (its revision)." }),
    dtstamp: InstantSchema.meta({
      description: "When the answer was written (the reply's DTSTAMP), in UTC.",
    }),
    comment: multiLine("What the person wrote with the answer (COMMENT).", 2000).optional(),
  })
  .meta({ description: "The registrant's latest answer to the invitation." });

/**
 * One person's registration for a convening or one of its sessions.
 *
 * @example
 * ```ts
 * RegistrationSchema.parse({ memberId: "amina", target: "power-of-a-story", needs: { interpretation: ["fr"] } });
 * ```
 */
export const RegistrationSchema = z
  .strictObject({
    id: RegistrationIdSchema.optional(),
    memberId: MemberIdSchema.meta({ description: "Who registered." }),
    target: z
      .string()
      .min(1)
      .meta({ description: "What they registered for: the convening's id or a session's id." }),
    status: z
      .enum(["registered", "waitlisted", "cancelled", "attended", "no-show"])
      .default("registered")
      .meta({ description: "Where the registration stands. Default registered." }),
    registeredAt: InstantSchema.optional(),
    needs: z
      .strictObject({
        interpretation: z
          .array(LanguageTagSchema)
          .default([])
          .meta({ description: "Languages the person needs interpretation into." }),
        accessibility: multiLine("Access needs, in the person's words.").optional(),
      })
      .default({ interpretation: [] })
      .meta({ description: "What the person needs to take part." }),
    reply: RegistrationReplySchema.optional().meta({
      description:
        "Their latest answer to the invitation (accepted, declined, tentative), absent until they answer.",
    }),
  })
  .meta({ description: "A person's registration for a convening or a session." });

/**
 * A registrant's answer to an invitation; see {@link RegistrationReplySchema}.
 *
 * @example
 * ```ts
 * const accepted = (r: Registration) => r.reply?.partStatus === ("accepted" satisfies RegistrationReply["partStatus"]);
 * ```
 */
export type RegistrationReply = z.infer<typeof RegistrationReplySchema>;

/**
 * What taking part costs: `"free"`, or an amount in an ISO 4217 currency.
 *
 * @example
 * ```ts
 * FeeSchema.parse("free");
 * FeeSchema.parse({ amount: 25, currency: "EUR", note: "Waived on request" });
 * ```
 */
export const FeeSchema = z
  .union([
    z.literal("free"),
    z.strictObject({
      amount: z
        .number()
        .min(0)
        .meta({ description: "The amount, in the currency's major unit (12.5)." }),
      currency: z
        .string()
        .regex(/^[A-Z]{3}$/, { message: "must be an ISO 4217 currency code such as EUR or KES" })
        .meta({ description: "ISO 4217 currency code (EUR, KES)." }),
      note: localizedMultiLine("Who pays what: waivers, sliding scale.").optional(),
    }),
  ])
  .meta({ description: "What it costs: 'free', or an amount in a currency." });

/**
 * How people sign up for a convening.
 *
 * @example
 * ```ts
 * RegistrationSettingsSchema.parse({ required: true, closes: "2022-09-15T23:59:00+02:00", capacity: 80, waitlist: true, fee: "free" });
 * ```
 */
export const RegistrationSettingsSchema = z
  .strictObject({
    required: z
      .boolean()
      .default(false)
      .meta({ description: "Whether people must register to take part." }),
    url: webUrl("Where to register.").optional(),
    opens: InstantSchema.optional().meta({ description: "When registration opens." }),
    closes: InstantSchema.optional().meta({ description: "When registration closes." }),
    capacity: z.int().positive().optional().meta({ description: "How many places there are." }),
    waitlist: z
      .boolean()
      .default(false)
      .meta({ description: "Whether people can join a waitlist when full." }),
    fee: FeeSchema.optional(),
    instructions: localizedMultiLine(
      "How to take part (just e-mail us about your work).",
    ).optional(),
  })
  .meta({
    description:
      "Registration: whether it is needed, when it opens and closes, capacity, waitlist, fee.",
  });

/**
 * A registration with defaults applied (`status` registered); see {@link RegistrationSchema}.
 *
 * @example
 * ```ts
 * const waiting = convening.registrations.filter((r: Registration) => r.status === "waitlisted");
 * ```
 */
export type Registration = z.infer<typeof RegistrationSchema>;

/**
 * A registration as written: `memberId` and `target` are required.
 *
 * @example
 * ```ts
 * const input: RegistrationInput = { memberId: "amina", target: "collaborative-workshops-2021" };
 * ```
 */
export type RegistrationInput = z.input<typeof RegistrationSchema>;

/**
 * How people sign up for a convening; see {@link RegistrationSettingsSchema}.
 *
 * @example
 * ```ts
 * const settings: RegistrationSettings | undefined = convening.registration;
 * ```
 */
export type RegistrationSettings = z.infer<typeof RegistrationSettingsSchema>;

/**
 * `"free"` or `{ amount, currency, note? }`.
 *
 * @example
 * ```ts
 * const fee: Fee = { amount: 1500, currency: "KES" };
 * ```
 */
export type Fee = z.infer<typeof FeeSchema>;
