import * as z from "zod";
import { GroupIdSchema, MemberIdSchema } from "./ids.js";
import { localizedMultiLine, localizedSingleLine } from "./text.js";

/**
 * A set of members who meet together: a committee, a working group.
 *
 * @example
 * ```ts
 * GroupSchema.parse({ id: "exploratory-committee", name: "Exploratory committee", memberIds: ["mwende", "dirk"] });
 * ```
 */
export const GroupSchema = z
  .strictObject({
    id: GroupIdSchema,
    name: localizedSingleLine("The group's name (Exploratory committee)."),
    description: localizedMultiLine("What the group is for.").optional(),
    memberIds: z
      .array(MemberIdSchema)
      .default([])
      .meta({ description: "Its members (ids in members or people)." }),
  })
  .meta({ description: "A committee or working group that meets in a series of calls." });

/**
 * A group with its defaults applied; see {@link GroupSchema}.
 *
 * @example
 * ```ts
 * const committee: Group = convening.groups[0];
 * committee.memberIds.length;
 * ```
 */
export type Group = z.infer<typeof GroupSchema>;

/**
 * A group as written; `memberIds` may be left out.
 *
 * @example
 * ```ts
 * const input: GroupInput = { id: "steering", name: "Steering group" };
 * ```
 */
export type GroupInput = z.input<typeof GroupSchema>;
