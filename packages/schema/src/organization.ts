import { z } from "zod";
import { CountrySchema, webUrl } from "./common";
import { OrganizationIdSchema } from "./ids";
import { localizedMultiLine, singleLine } from "./text";

export const OrganizationKindSchema = z
  .enum(["cso", "cbo", "ngo", "foundation", "coalition", "government", "multilateral", "company", "other"])
  .meta({
    description:
      "What kind of body: cso (civil society organisation), cbo (community-based organisation), ngo, foundation, coalition, government, multilateral, company or other.",
  });

/** An organization that members belong to or that organises a convening. */
export const OrganizationSchema = z
  .object({
    id: OrganizationIdSchema,
    name: singleLine("The organization's name, as it writes it."),
    shortName: singleLine("A short name or acronym (WNTA, INTPA).", 60).optional(),
    kind: OrganizationKindSchema.optional(),
    country: CountrySchema.optional().meta({ description: "Where it is based (ISO 3166-1 alpha-2)." }),
    url: webUrl("Its website.").optional(),
    description: localizedMultiLine("What it does.").optional(),
  })
  .meta({ description: "An organization: a CSO, coalition, foundation, agency or company." });

export type Organization = z.infer<typeof OrganizationSchema>;
export type OrganizationInput = z.input<typeof OrganizationSchema>;
export type OrganizationKind = z.infer<typeof OrganizationKindSchema>;
