import type { Parsed } from "@convening/core";
import * as z from "zod";
import { GroupSchema } from "./group.js";
import { MemberSchema } from "./member.js";
import { OrganizationSchema } from "./organization.js";
import { type Series, SeriesSchema } from "./series.js";

/**
 * A network's shared records, which many convenings refer to.
 *
 * @example
 * ```ts
 * const directory = DirectorySchema.parse({ members: [{ id: "dirk", name: "Dirk Slater" }] });
 * // parseDirectory also checks ids and references
 * ```
 */
export const DirectorySchema = z
  .strictObject({
    $schema: z
      .string()
      .optional()
      .meta({ description: "The JSON Schema this document follows, for editors." }),
    members: z.array(MemberSchema).default([]).meta({ description: "The network's members." }),
    organizations: z
      .array(OrganizationSchema)
      .default([])
      .meta({ description: "Their organizations." }),
    groups: z
      .array(GroupSchema)
      .default([])
      .meta({ description: "Committees and working groups." }),
    series: z.array(SeriesSchema).default([]).meta({ description: "Recurring meetings." }),
  })
  .meta({
    description:
      "A directory: the members, organizations, groups and series a network shares across convenings.",
  });

/**
 * A directory as `parseDirectory` returns it: every list present.
 *
 * @example
 * ```ts
 * const directory: Directory = parseDirectory(json);
 * parseConvening(doc, { directory });
 * ```
 */
export type Directory = Omit<z.infer<typeof DirectorySchema>, "series"> & {
  /** Its series, each a parsed {@link Series}. */
  series: Series[];
} & Parsed<"directory">;

/**
 * A directory document as written: every list may be left out.
 *
 * @example
 * ```ts
 * const input: DirectoryInput = { members: [{ id: "dirk", name: "Dirk Slater" }] };
 * ```
 */
export type DirectoryInput = z.input<typeof DirectorySchema>;
