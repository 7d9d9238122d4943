import { z } from "zod";
import { GroupIdSchema, MemberIdSchema } from "./ids";
import { localizedMultiLine, localizedSingleLine } from "./text";

/** A set of members who meet together: a committee, a working group. */
export const GroupSchema = z
  .object({
    id: GroupIdSchema,
    name: localizedSingleLine("The group's name (Exploratory committee)."),
    description: localizedMultiLine("What the group is for.").optional(),
    memberIds: z.array(MemberIdSchema).default([]).meta({ description: "Its members (ids in members or people)." }),
  })
  .meta({ description: "A committee or working group that meets in a series of calls." });

export type Group = z.infer<typeof GroupSchema>;
export type GroupInput = z.input<typeof GroupSchema>;
