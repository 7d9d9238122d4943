import * as z from "zod";
import { ConveningSchema } from "./convening.js";
import { DirectorySchema } from "./directory.js";
import { GroupSchema } from "./group.js";
import { MemberSchema } from "./member.js";
import { OrganizationSchema } from "./organization.js";
import { RegistrationSchema } from "./registration.js";
import { SeriesSchema } from "./series.js";
import { SessionSchema } from "./session.js";
import { VenueSchema } from "./venue.js";

/**
 * Where the published files live; each schema's `$id`, and the base of every cross-`$ref`.
 *
 * @example
 * ```ts
 * `${JSON_SCHEMA_BASE}convening.schema.json`; // the convening schema's $id
 * ```
 */
export const JSON_SCHEMA_BASE = "https://unpkg.com/@convening/schema/schema/";

const entities = {
  convening: ConveningSchema,
  session: SessionSchema,
  member: MemberSchema,
  organization: OrganizationSchema,
  venue: VenueSchema,
  series: SeriesSchema,
  group: GroupSchema,
  registration: RegistrationSchema,
  directory: DirectorySchema,
} as const;

/**
 * The name of an entity with a JSON Schema file: `convening`, `session`, `member`, …
 *
 * @useDeclaredType
 *
 * @example
 * ```ts
 * for (const name of Object.keys(jsonSchemas) as JsonSchemaName[]) write(`${name}.schema.json`, jsonSchemas[name]);
 * ```
 */
export type JsonSchemaName = keyof typeof entities;

/**
 * A plain JSON Schema (draft 2020-12) object.
 *
 * @example
 * ```ts
 * const schema: JsonSchemaDocument = jsonSchemas.session;
 * schema.$id; // "https://unpkg.com/@convening/schema/schema/session.schema.json"
 * ```
 */
export type JsonSchemaDocument = Record<string, unknown> & {
  /** Where the published file lives: `JSON_SCHEMA_BASE` + `<name>.schema.json`; cross-`$ref`s resolve against it. */
  $id: string;
  /** The dialect, always `"https://json-schema.org/draft/2020-12/schema"`. */
  $schema: string;
};

let built: Record<JsonSchemaName, JsonSchemaDocument> | undefined;

function allSchemas(): Record<JsonSchemaName, JsonSchemaDocument> {
  if (built === undefined) built = build();
  return built;
}

// Every caller shares one copy, so it is frozen: one caller's edit cannot leak into another's.
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

function build(): Record<JsonSchemaName, JsonSchemaDocument> {
  // A private registry gives each entity an id without touching zod's global registry, where
  // ids such as "session" would collide with the application's own schemas.
  const registry = z.registry<{ id: string }>();
  for (const [name, schema] of Object.entries(entities)) registry.add(schema, { id: name });
  const { schemas } = z.toJSONSchema(registry, {
    target: "draft-2020-12",
    io: "input",
    uri: (id) => `${JSON_SCHEMA_BASE}${id}.schema.json`,
    metadata: z.globalRegistry,
    unrepresentable: "any",
  });
  const out = {} as Record<JsonSchemaName, JsonSchemaDocument>;
  for (const name of Object.keys(entities) as JsonSchemaName[]) {
    const schema = schemas[name] as Record<string, unknown>;
    out[name] = deepFreeze({
      ...schema,
      $id: `${JSON_SCHEMA_BASE}${name}.schema.json`,
    }) as JsonSchemaDocument;
  }
  return out;
}

/**
 * JSON Schema (draft 2020-12) for every entity, with `$id`s and cross-`$ref`s between them, for
 * non-TypeScript users and editors. The same documents ship as `schema/<name>.schema.json`.
 * Built on first use.
 *
 * @example
 * ```ts
 * import { jsonSchemas } from "@convening/schema";
 * writeFileSync("convening.schema.json", JSON.stringify(jsonSchemas.convening, null, 2));
 * ```
 */
export const jsonSchemas: Readonly<Record<JsonSchemaName, JsonSchemaDocument>> = (() => {
  const lazy = {} as Record<JsonSchemaName, JsonSchemaDocument>;
  for (const name of Object.keys(entities) as JsonSchemaName[]) {
    Object.defineProperty(lazy, name, { enumerable: true, get: () => allSchemas()[name] });
  }
  return Object.freeze(lazy);
})();
