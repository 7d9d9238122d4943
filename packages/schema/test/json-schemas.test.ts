import { describe, expect, it } from "vitest";
import { JSON_SCHEMA_BASE, type JsonSchemaName, jsonSchemas } from "../src/index.js";

const names = Object.keys(jsonSchemas) as JsonSchemaName[];
const byId = new Map(names.map((name) => [jsonSchemas[name].$id, jsonSchemas[name]]));

type Node = Record<string, unknown>;

/** Every object node of a schema with its JSON pointer. */
function* nodes(node: unknown, pointer = ""): Generator<[Node, string]> {
  if (Array.isArray(node)) {
    for (const [i, item] of node.entries()) yield* nodes(item, `${pointer}/${i}`);
  } else if (typeof node === "object" && node !== null) {
    yield [node as Node, pointer];
    for (const [key, value] of Object.entries(node))
      yield* nodes(value, `${pointer}/${key.replace(/~/g, "~0").replace(/\//g, "~1")}`);
  }
}

/** Resolves a `$ref` the way a draft 2020-12 validator does: against the containing `$id`, then the fragment as a JSON pointer. */
function resolveRef(ref: string, baseId: string): unknown {
  const url = new URL(ref, baseId);
  const fragment = decodeURIComponent(url.hash.slice(1));
  url.hash = "";
  let target: unknown = byId.get(url.href);
  if (target === undefined)
    throw new Error(`${ref} (from ${baseId}) names no schema of the package`);
  for (const part of fragment.split("/").slice(1)) {
    target = (target as Node)[part.replace(/~1/g, "/").replace(/~0/g, "~")];
    if (target === undefined) throw new Error(`${ref} (from ${baseId}): no ${fragment}`);
  }
  return target;
}

describe("jsonSchemas", () => {
  it("holds one schema per entity", () => {
    expect(names.sort()).toEqual([
      "convening",
      "directory",
      "group",
      "member",
      "organization",
      "registration",
      "series",
      "session",
      "venue",
    ]);
  });

  it("are draft 2020-12 documents with their published $id", () => {
    for (const name of names) {
      expect(jsonSchemas[name].$schema, name).toBe("https://json-schema.org/draft/2020-12/schema");
      expect(jsonSchemas[name].$id, name).toBe(`${JSON_SCHEMA_BASE}${name}.schema.json`);
      expect(JSON_SCHEMA_BASE).toBe("https://unpkg.com/@convening/schema/schema/");
    }
  });

  it("refer to each other by $id, and every $ref resolves", () => {
    let crossRefs = 0;
    for (const name of names) {
      for (const [node] of nodes(jsonSchemas[name])) {
        if (typeof node.$ref !== "string") continue;
        expect(resolveRef(node.$ref, jsonSchemas[name].$id)).toBeTypeOf("object");
        if (!node.$ref.startsWith("#")) crossRefs++;
      }
    }
    // The convening refers to sessions, people, venues, …; the directory to members, groups, ….
    expect(crossRefs).toBeGreaterThanOrEqual(10);
    expect(JSON.stringify(jsonSchemas.convening)).toContain(`"$ref":"${jsonSchemas.session.$id}"`);
  });

  it("describe every entity and every field", () => {
    const undescribed: string[] = [];
    for (const name of names) {
      if (typeof jsonSchemas[name].description !== "string") undescribed.push(name);
      for (const [node, pointer] of nodes(jsonSchemas[name])) {
        const properties = node.properties as Record<string, Node> | undefined;
        if (!properties || typeof properties !== "object" || pointer.endsWith("/properties"))
          continue;
        for (const [field, schema] of Object.entries(properties)) {
          const described = typeof schema.description === "string" && schema.description.length > 0;
          const viaRef = typeof schema.$ref === "string";
          if (!described && !viaRef) undescribed.push(`${name}#${pointer}/properties/${field}`);
        }
      }
    }
    expect(undescribed).toEqual([]);
  });

  it("describe a document's input: defaulted fields are optional, required ones required", () => {
    const convening = jsonSchemas.convening as unknown as {
      required: string[];
      properties: Record<string, Node>;
    };
    expect([...convening.required].sort()).toEqual([
      "endDate",
      "id",
      "startDate",
      "timeZone",
      "title",
    ]);
    expect(convening.properties.sessions).toMatchObject({ default: [] });
    expect([...(jsonSchemas.session as unknown as { required: string[] }).required].sort()).toEqual(
      // start and end, or allDay: which one is parseConvening's check, not the JSON Schema's.
      ["id", "title"],
    );
  });

  it("let a document name its schema", () => {
    expect(jsonSchemas.convening.properties).toHaveProperty("$schema");
    expect(jsonSchemas.directory.properties).toHaveProperty("$schema");
  });

  it("carry the patterns editors check as you type", () => {
    const session = jsonSchemas.session as unknown as { properties: Record<string, Node> };
    expect(session.properties.id!.pattern).toBe("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$");
    expect(
      new RegExp(String(session.properties.start!.pattern)).test("2021-03-23T11:20:00-04:00"),
    ).toBe(true);
  });

  it("are plain JSON", () => {
    for (const name of names)
      expect(JSON.parse(JSON.stringify(jsonSchemas[name]))).toEqual(jsonSchemas[name]);
  });
});

describe("jsonSchemas, shared by every caller", () => {
  it("cannot be edited by one caller behind another's back", () => {
    const required = (jsonSchemas.convening as unknown as { required: string[] }).required;
    expect(() => required.sort()).toThrow(TypeError);
    expect(() => {
      (jsonSchemas.session as Record<string, unknown>).title = "changed";
    }).toThrow(TypeError);
  });
});
