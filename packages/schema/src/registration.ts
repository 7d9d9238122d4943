import { z } from "zod";
import { webUrl } from "./common";
import { MemberIdSchema, RegistrationIdSchema } from "./ids";
import { InstantSchema } from "./temporal-strings";
import { LanguageTagSchema, localizedMultiLine, multiLine } from "./text";

/** One person's registration for a convening or one of its sessions. */
export const RegistrationSchema = z
  .object({
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
      .object({
        interpretation: z.array(LanguageTagSchema).default([]).meta({ description: "Languages the person needs interpretation into." }),
        accessibility: multiLine("Access needs, in the person's words.").optional(),
      })
      .default({ interpretation: [] })
      .meta({ description: "What the person needs to take part." }),
  })
  .meta({ description: "A person's registration for a convening or a session." });

export const FeeSchema = z
  .union([
    z.literal("free"),
    z.object({
      amount: z.number().min(0).meta({ description: "The amount, in the currency's major unit (12.5)." }),
      currency: z
        .string()
        .regex(/^[A-Z]{3}$/, { message: "must be an ISO 4217 currency code such as EUR or KES" })
        .meta({ description: "ISO 4217 currency code (EUR, KES)." }),
      note: localizedMultiLine("Who pays what: waivers, sliding scale.").optional(),
    }),
  ])
  .meta({ description: "What it costs: 'free', or an amount in a currency." });

/** How people sign up for a convening. */
export const RegistrationSettingsSchema = z
  .object({
    required: z.boolean().default(false).meta({ description: "Whether people must register to take part." }),
    url: webUrl("Where to register.").optional(),
    opens: InstantSchema.optional().meta({ description: "When registration opens." }),
    closes: InstantSchema.optional().meta({ description: "When registration closes." }),
    capacity: z.int().positive().optional().meta({ description: "How many places there are." }),
    waitlist: z.boolean().default(false).meta({ description: "Whether people can join a waitlist when full." }),
    fee: FeeSchema.optional(),
    instructions: localizedMultiLine("How to take part (just e-mail us about your work).").optional(),
  })
  .meta({ description: "Registration: whether it is needed, when it opens and closes, capacity, waitlist, fee." });

export type Registration = z.infer<typeof RegistrationSchema>;
export type RegistrationInput = z.input<typeof RegistrationSchema>;
export type RegistrationSettings = z.infer<typeof RegistrationSettingsSchema>;
export type Fee = z.infer<typeof FeeSchema>;
