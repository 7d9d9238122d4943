import * as z from "zod";
import { CountrySchema, webUrl } from "./common.js";
import { OrganizationIdSchema } from "./ids.js";
import { localizedMultiLine, singleLine } from "./text.js";

/**
 * What kind of body an organization is: `cso`, `cbo`, `ngo`, `foundation`, `coalition`, `government`, `multilateral`, `company` or `other`.
 *
 * @example
 * ```ts
 * OrganizationKindSchema.parse("coalition");
 * ```
 */
export const OrganizationKindSchema = z
  .enum([
    "cso",
    "cbo",
    "ngo",
    "foundation",
    "coalition",
    "government",
    "multilateral",
    "company",
    "other",
  ])
  .meta({
    description:
      "What kind of body: cso (civil society organisation), cbo (community-based organisation), ngo, foundation, coalition, government, multilateral, company or other.",
  });

/**
 * An organization that members belong to or that organises a convening.
 *
 * @example
 * ```ts
 * OrganizationSchema.parse({ id: "wnta", name: "Wada Na Todo Abhiyan", shortName: "WNTA", kind: "coalition", country: "IN" });
 * ```
 */
export const OrganizationSchema = z
  .strictObject({
    id: OrganizationIdSchema,
    name: singleLine("The organization's name, as it writes it."),
    shortName: singleLine("A short name or acronym (WNTA, INTPA).", 60).optional(),
    kind: OrganizationKindSchema.optional(),
    country: CountrySchema.optional().meta({
      description: "Where it is based (ISO 3166-1 alpha-2).",
    }),
    url: webUrl("Its website.").optional(),
    description: localizedMultiLine("What it does.").optional(),
  })
  .meta({ description: "An organization: a CSO, coalition, foundation, agency or company." });

/**
 * An organization; see {@link OrganizationSchema}.
 *
 * @example
 * ```ts
 * const org: Organization = convening.organizations[0];
 * ```
 */
export type Organization = z.infer<typeof OrganizationSchema>;

/**
 * An organization as written: only `id` and `name` are required.
 *
 * @example
 * ```ts
 * const input: OrganizationInput = { id: "fabriders", name: "FabRiders" };
 * ```
 */
export type OrganizationInput = z.input<typeof OrganizationSchema>;

/**
 * One of the kinds in {@link OrganizationKindSchema}.
 *
 * @example
 * ```ts
 * const kind: OrganizationKind = "foundation";
 * ```
 */
export type OrganizationKind = z.infer<typeof OrganizationKindSchema>;
