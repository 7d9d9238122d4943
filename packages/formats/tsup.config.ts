import { libraryBuild } from "../../config/tsup.base.js";

// One entry per subpath export: each format's types and its CJS bundle stand alone, so
// `require("@convening/formats/jsonld")` never loads the XML parser.
const entries = {
  index: "src/index.ts",
  "frab/index": "src/frab/index.ts",
  "pretalx/index": "src/pretalx/index.ts",
  "sessionize/index": "src/sessionize/index.ts",
  "jsonld/index": "src/jsonld/index.ts",
};

export default libraryBuild({
  esm: { dts: { entry: entries } },
  cjs: { entry: entries, dts: { entry: entries } },
});
