// What each public export costs a browser app that imports only it, measured on the BUILT
// packages (`npx turbo run build` first): an entry `import { X } from "@convening/pkg"` is
// bundled with esbuild the way an app bundler would (the `import` condition, dependencies
// bundled, minified), then gzipped. Budgets live in scripts/size-budgets.mjs.
//
//   npm run size              enforce: exit 1 when a row is over budget or a lean export reaches
//                             zod, luxon or ical-generator
//   npm run size -- --report  print the same table, never fail on budgets
//
// A dist file that cannot be resolved (a relative import without its `.js`, a missing module)
// fails in both modes: Node could not import that package either, and there is no size to report.
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";
import { BUDGETS, HEAVY_DEPENDENCIES } from "./size-budgets.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const reportOnly = process.argv.includes("--report");
const KB = 1024;

// esbuild, unlike Node, would find `./foo` as `./foo.js`; this plugin holds our dist files to
// Node's ESM rule (the exact file must exist), so the size check doubles as an importability check.
const nodeEsmRelativeImports = {
  name: "node-esm-relative-imports",
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (!/[\\/]packages[\\/][^\\/]+[\\/]dist[\\/]/.test(args.importer)) return undefined;
      const target = path.resolve(args.resolveDir, args.path);
      if (existsSync(target) && statSync(target).isFile()) return undefined;
      const hint = path.extname(args.path) ? "no such file" : "missing its .js extension?";
      return { errors: [{ text: `"${args.path}" cannot be loaded by Node (${hint})` }] };
    });
  },
};

/** Bundles `import { name } from pkg` alone; returns sizes and the heavy dependencies it reached. */
async function measure({ name, pkg }) {
  const result = await build({
    stdin: {
      contents: `import { ${name} } from "${pkg}"; globalThis.keep = ${name};`,
      resolveDir: root,
      sourcefile: `size-${name}.js`,
      loader: "js",
    },
    absWorkingDir: root,
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    // Default conditions (browser, import, module, default): `@convening/source` is not among
    // them, so the packages resolve to their built dist/, as they do for a user.
    define: { "process.env.NODE_ENV": '"production"' },
    plugins: [nodeEsmRelativeImports],
    metafile: true,
    write: false,
    logLevel: "silent",
  });
  const inputs = Object.keys(result.metafile.inputs);
  const fromSource = inputs.filter((input) => /(^|\/)packages\/[^/]+\/src\//.test(input));
  if (fromSource.length > 0) {
    throw new Error(`${name} resolved to source files, not dist/: ${fromSource.join(", ")}`);
  }
  const code = result.outputFiles[0].contents;
  // A dependency is reached when its code ends up in the bundle. `metafile.inputs` lists every
  // module esbuild parsed, and a package's index names all of its modules, so luxon appears there
  // for any @convening/time export even when tree-shaking leaves none of it; the output's own
  // inputs are what the app ships.
  const shipped = Object.values(result.metafile.outputs).flatMap((output) =>
    Object.entries(output.inputs)
      .filter(([, use]) => use.bytesInOutput > 0)
      .map(([input]) => input),
  );
  return {
    min: code.byteLength,
    gzip: gzipSync(code, { level: 9 }).byteLength,
    reached: HEAVY_DEPENDENCIES.filter((dep) =>
      shipped.some((input) => input.includes(`node_modules/${dep}/`)),
    ),
  };
}

function formatBuildError(name, pkg, error) {
  const messages = error.errors?.length
    ? error.errors.map((e) => {
        const where = e.location ? `${e.location.file}:${e.location.line}: ` : "";
        return `  ${where}${e.text}`;
      })
    : [`  ${error.message}`];
  return [`size: cannot bundle ${name} from ${pkg}:`, ...messages].join("\n");
}

function printTable(rows) {
  const header = ["export", "package", "min B", "min+gzip B", "budget", "heavy deps reached", ""];
  const lines = rows.map((r) => [
    r.name,
    r.pkg,
    String(r.min),
    `${r.gzip} (${(r.gzip / KB).toFixed(1)} KB)`,
    `${r.gzipKB} KB`,
    r.reached.length ? r.reached.join(", ") : "none",
    r.problems.length ? `FAIL: ${r.problems.join("; ")}` : "ok",
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const right = new Set([2, 3, 4]);
  const format = (cells) =>
    cells
      .map((c, i) => (right.has(i) ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join("  ")
      .trimEnd();
  console.log(format(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const line of lines) console.log(format(line));
}

/** Wall time of fresh `node -e` processes, interleaved so load on the machine hits both sides. */
function coldImportRatio(runs = 7) {
  const ours = 'import("@convening/ical")';
  const deps = 'Promise.all([import("zod"), import("luxon"), import("ical-generator")])';
  const time = (code) => {
    const start = performance.now();
    const child = spawnSync(process.execPath, ["-e", `${code}.catch((e) => { throw e; })`], {
      cwd: root,
      encoding: "utf8",
    });
    const ms = performance.now() - start;
    if (child.status !== 0) throw new Error(`node -e '${code}' failed:\n${child.stderr}`);
    return ms;
  };
  time(ours); // one unmeasured run each, so neither side pays for a cold disk cache
  time(deps);
  const a = [];
  const b = [];
  for (let i = 0; i < runs; i++) {
    a.push(time(ours));
    b.push(time(deps));
  }
  const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  return { ours: median(a), deps: median(b), runs };
}

const rows = [];
for (const budget of BUDGETS) {
  let sizes;
  try {
    sizes = await measure(budget);
  } catch (error) {
    console.error(formatBuildError(budget.name, budget.pkg, error));
    console.error("size: fix the build (see above); run `npx turbo run build` if dist/ is stale.");
    process.exit(1);
  }
  const problems = [];
  if (sizes.gzip > budget.gzipKB * KB) problems.push(`over ${budget.gzipKB} KB`);
  if (budget.lean && sizes.reached.length) problems.push(`reaches ${sizes.reached.join(", ")}`);
  rows.push({ ...budget, ...sizes, problems });
}
printTable(rows);

const cold = coldImportRatio();
console.log(
  `\ncold import, median of ${cold.runs} fresh processes: @convening/ical ${cold.ours.toFixed(0)} ms` +
    ` vs zod + luxon + ical-generator ${cold.deps.toFixed(0)} ms` +
    ` = ${(cold.ours / cold.deps).toFixed(2)}x (target <= 1.2; reported, not enforced)`,
);

const failing = rows.filter((r) => r.problems.length);
if (failing.length === 0) {
  console.log("\nsize: every export is within budget.");
} else if (reportOnly) {
  console.log(`\nsize --report: ${failing.length} of ${rows.length} rows fail; not enforced.`);
} else {
  console.error(`\nsize: ${failing.length} of ${rows.length} rows fail:`);
  for (const r of failing) console.error(`  ${r.name} (${r.pkg}): ${r.problems.join("; ")}`);
  process.exit(1);
}
