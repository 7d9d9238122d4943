// A TypeDoc plugin for the types @convening/schema infers from its zod schemas (`Convening`,
// `Session`, …). TypeDoc shows such a type as `z.infer<typeof SessionSchema>`, and its fields
// are documented with `.meta({ description })`, not TSDoc (a zod object has no place for a
// comment a type can inherit): the reference would list no fields, and the `notDocumented`
// check would drown real gaps in hundreds of warnings about fields without comments. This plugin
// shows the fields, and gives each the description zod itself holds (the same text as the JSON
// Schema files): the field's declaration in the source names the schema and the path to it, and
// the built package supplies the description at that path.
import { Comment, Converter, ReflectionKind } from "typedoc";
import ts from "typescript";

/** `.meta()` wrappers and modifiers, outermost first, down to the schema doing the work. */
function layers(schema) {
  const found = [];
  let current = schema;
  while (current?._zod) {
    found.push(current);
    const def = current._zod.def;
    if (def.innerType)
      current = def.innerType; // optional, nullable, default, readonly, catch…
    else if (def.type === "pipe") current = def.in;
    else if (def.type === "lazy") current = def.getter();
    else break;
  }
  return found;
}

/** The schemas a key can be looked up in: objects, through arrays, unions and wrappers. */
function objectsOf(schema) {
  const inner = layers(schema).at(-1);
  const def = inner?._zod.def;
  if (!def) return [];
  if (def.type === "object") return [inner];
  if (def.type === "array") return objectsOf(def.element);
  if (def.type === "union") return def.options.flatMap(objectsOf);
  if (def.type === "intersection") return [...objectsOf(def.left), ...objectsOf(def.right)];
  return [];
}

function describedAt(registry, root, path) {
  let schemas = [root];
  for (const key of path) {
    schemas = schemas
      .flatMap(objectsOf)
      .flatMap((o) => (o._zod.def.shape[key] ? [o._zod.def.shape[key]] : []));
  }
  for (const schema of schemas) {
    for (const layer of layers(schema)) {
      const description = registry.get(layer)?.description;
      if (typeof description === "string" && description !== "") return description;
    }
  }
  return undefined;
}

function nameOf(node) {
  return node.name && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))
    ? node.name.text
    : undefined;
}

/**
 * `["SessionSchema", ["title"]]` for the `title:` inside `export const SessionSchema =
 * z.object({ title: … })`; nested object literals add to the path. Undefined when the field is
 * not written inside a named schema constant (built by a helper function, for instance).
 */
function schemaPath(declaration) {
  if (!ts.isPropertyAssignment(declaration)) return undefined;
  const path = [nameOf(declaration)];
  for (let node = declaration.parent; node; node = node.parent) {
    if (ts.isFunctionLike(node) || ts.isClassLike(node)) return undefined;
    if (ts.isPropertyAssignment(node)) {
      path.unshift(nameOf(node));
    } else if (ts.isVariableDeclaration(node)) {
      return ts.isIdentifier(node.name) && !path.includes(undefined)
        ? [node.name.text, path]
        : undefined;
    }
  }
  return undefined;
}

/** Every description registered on a schema reachable from the package's exports. */
function allDescriptions(registry, exports) {
  const seen = new Set();
  const descriptions = new Set();
  const visit = (schema) => {
    if (!schema?._zod || seen.has(schema)) return;
    seen.add(schema);
    const description = registry.get(schema)?.description;
    if (typeof description === "string" && description !== "") descriptions.add(description);
    const def = schema._zod.def;
    for (const child of [
      def.innerType,
      def.in,
      def.out,
      def.element,
      def.left,
      def.right,
      def.valueType,
    ]) {
      visit(child);
    }
    for (const child of [
      ...Object.values(def.shape ?? {}),
      ...(def.options ?? []),
      ...(def.items ?? []),
    ]) {
      visit(child);
    }
    if (def.type === "lazy") visit(def.getter());
  };
  for (const value of Object.values(exports)) visit(value);
  return descriptions;
}

/** The string literals of a field's own definition, outside nested fields. */
function literalsOf(initializer) {
  const found = [];
  const walk = (node) => {
    if (ts.isStringLiteralLike(node)) found.push(node.text);
    if (
      !ts.isObjectLiteralExpression(node) ||
      !node.properties.some((p) => ts.isPropertyAssignment(p) && nameOf(p) !== "description")
    ) {
      ts.forEachChild(node, walk);
    } else {
      // A nested z.object({...}) holds other fields' texts; only a `.meta({ description })` is ours.
      for (const p of node.properties)
        if (ts.isPropertyAssignment(p) && nameOf(p) === "description") walk(p.initializer);
    }
  };
  walk(initializer);
  return found;
}

/** The exported schema a field's definition starts from: `CountrySchema` in `CountrySchema.optional()`. */
function headIdentifier(expression) {
  let node = expression;
  while (ts.isCallExpression(node) || ts.isPropertyAccessExpression(node)) node = node.expression;
  return ts.isIdentifier(node) ? node.text : undefined;
}

/**
 * The description of the field a declaration defines: by its path from the exported schema it is
 * written in; else by the description text written in its own definition (fields kept in shared
 * objects, such as a venue's address); else the description of the exported schema it reuses.
 */
function describe(schema, registry, descriptions, declaration) {
  const found = schemaPath(declaration);
  const root = found && schema[found[0]];
  const byPath = root?._zod ? describedAt(registry, root, found[1]) : undefined;
  if (byPath) return byPath;
  if (!ts.isPropertyAssignment(declaration)) return undefined;
  const written = literalsOf(declaration.initializer).find((text) => descriptions.has(text));
  if (written) return written;
  const head = schema[headIdentifier(declaration.initializer)];
  return head?._zod ? describedAt(registry, head, []) : undefined;
}

const ZOD_TYPE = /^z\.(infer|input|output)$/;

/** @param {import("typedoc").Application} app */
export async function load(app) {
  const schema = await import("@convening/schema");
  const { globalRegistry } = await import("zod");
  const descriptions = allDescriptions(globalRegistry, schema);
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (reflection.kindOf(ReflectionKind.TypeAlias)) {
      // `type Session = z.infer<typeof SessionSchema>` would show as just that; TypeDoc's own
      // @useDeclaredType modifier makes it show the fields the type has instead.
      const alias = context
        .getSymbolFromReflection(reflection)
        ?.declarations?.find(ts.isTypeAliasDeclaration);
      if (
        alias &&
        ts.isTypeReferenceNode(alias.type) &&
        ZOD_TYPE.test(alias.type.typeName.getText())
      ) {
        reflection.comment ??= new Comment();
        reflection.comment.modifierTags.add("@useDeclaredType");
      }
      return;
    }
    if (!reflection.kindOf(ReflectionKind.Property) || reflection.hasComment()) return;
    const declaration = context.getSymbolFromReflection(reflection)?.declarations?.[0];
    if (!declaration?.getSourceFile().fileName.includes("/packages/schema/src/")) return;
    const text = describe(schema, globalRegistry, descriptions, declaration);
    if (text) reflection.comment = new Comment([{ kind: "text", text }]);
  });
}
