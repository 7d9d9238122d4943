import { z } from "zod";
import { GroupSchema } from "./group";
import { MemberSchema } from "./member";
import { OrganizationSchema } from "./organization";
import { SeriesSchema } from "./series";

/** A network's shared records, which many convenings refer to. */
export const DirectorySchema = z
  .object({
    members: z.array(MemberSchema).default([]).meta({ description: "The network's members." }),
    organizations: z.array(OrganizationSchema).default([]).meta({ description: "Their organizations." }),
    groups: z.array(GroupSchema).default([]).meta({ description: "Committees and working groups." }),
    series: z.array(SeriesSchema).default([]).meta({ description: "Recurring meetings." }),
  })
  .meta({ description: "A directory: the members, organizations, groups and series a network shares across convenings." });

export type Directory = z.infer<typeof DirectorySchema>;
export type DirectoryInput = z.input<typeof DirectorySchema>;
