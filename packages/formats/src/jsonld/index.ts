// @convening/formats/jsonld: schema.org Event JSON-LD for search engines. Every export is named.

export { ConveningError, isConveningError, NotParsedError } from "@convening/core";
export { FormatOptionsError } from "../errors.js";
export { jsonLdScript } from "./json-ld-script.js";
export type { JsonLdEvent, JsonLdNode, JsonLdOptions } from "./json-ld-types.js";
export { toJsonLd } from "./to-json-ld.js";
