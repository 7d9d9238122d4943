// The release steps of docs/releasing.md, run for real on a scratch copy of the workspace's
// manifests: `npm run version-packages` (changeset version, then npm's lock refresh) must raise
// every published package's version, write its CHANGELOG.md, keep package-lock.json in step so
// `npm ci` still works, and `npm pack` must then ship CHANGELOG.md, LICENSE and README.md.
// Nothing is published and the repository is not touched.

import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));
const PUBLISHED = ["core", "schema", "time", "ical", "formats", "invite"];
// What npm pack needs beside package.json; dist/ and src/ are left out (pack lists what exists).
const PACKAGE_FILES = ["package.json", "LICENSE", "README.md", "NOTICE"];

let scratch = "";
const before = new Map<string, string>();

const json = (path: string) => JSON.parse(readFileSync(path, "utf8"));

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), "convening-release-"));
  for (const file of ["package.json", "package-lock.json", "LICENSE", ".changeset"])
    cpSync(join(root, file), join(scratch, file), { recursive: true });
  for (const folder of ["packages", "examples"]) {
    for (const name of readdirSync(join(root, folder))) {
      for (const file of PACKAGE_FILES) {
        const from = join(root, folder, name, file);
        if (existsSync(from)) cpSync(from, join(scratch, folder, name, file));
      }
    }
  }
  cpSync(join(root, "docs/package.json"), join(scratch, "docs/package.json"));
  for (const p of PUBLISHED)
    before.set(p, json(join(scratch, "packages", p, "package.json")).version);
  // The lock refresh reads the registry's metadata from npm's cache, filled by `npm ci`.
  execFileSync("npm", ["run", "version-packages"], {
    cwd: scratch,
    stdio: "pipe",
    env: { ...process.env, CI: "true", npm_config_prefer_offline: "true" },
  });
}, 600_000);

afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

describe("npm run version-packages, as docs/releasing.md describes it", () => {
  it.each(PUBLISHED)("raises @convening/%s and writes its CHANGELOG.md", (p) => {
    const manifest = json(join(scratch, "packages", p, "package.json"));
    expect(manifest.version).not.toBe(before.get(p));
    const changelog = readFileSync(join(scratch, "packages", p, "CHANGELOG.md"), "utf8");
    expect(changelog.startsWith(`# ${manifest.name}\n`)).toBe(true);
    expect(changelog).toContain(`## ${manifest.version}`);
  });

  it("keeps package-lock.json at the new versions, so npm ci still installs", () => {
    const lock = json(join(scratch, "package-lock.json"));
    for (const p of PUBLISHED) {
      const { version } = json(join(scratch, "packages", p, "package.json"));
      expect(lock.packages[`packages/${p}`].version, `packages/${p}`).toBe(version);
    }
    // The examples depend on the packages by exact version; the lock must agree with them too.
    const agenda = json(join(scratch, "examples/agenda/package.json"));
    const time = json(join(scratch, "packages/time/package.json"));
    expect(agenda.dependencies["@convening/time"]).toBe(time.version);
    expect(lock.packages["examples/agenda"].dependencies["@convening/time"]).toBe(time.version);
  });

  it("then packs CHANGELOG.md, LICENSE and README.md into every package's tarball", () => {
    const packed = JSON.parse(
      execFileSync(
        "npm",
        [
          "pack",
          "--dry-run",
          "--json",
          "--ignore-scripts",
          ...PUBLISHED.flatMap((p) => ["--workspace", `packages/${p}`]),
        ],
        { cwd: scratch, stdio: ["ignore", "pipe", "pipe"] },
      ).toString(),
    ) as { name: string; files: { path: string }[] }[];
    expect(packed.map((p) => p.name).sort()).toEqual(
      PUBLISHED.map((p) => `@convening/${p}`).sort(),
    );
    for (const p of packed) {
      const files = p.files.map((f) => f.path);
      expect(files, p.name).toEqual(
        expect.arrayContaining(["CHANGELOG.md", "LICENSE", "README.md", "package.json"]),
      );
    }
  });

  it("publishes with provenance, a licence, a homepage and a place to report bugs", () => {
    for (const p of PUBLISHED) {
      const manifest = json(join(root, "packages", p, "package.json"));
      expect(manifest.publishConfig, p).toEqual({ access: "public", provenance: true });
      expect(manifest.license, p).toBe("MIT");
      expect(manifest.homepage, p).toMatch(new RegExp(`/packages/${p}#readme$`));
      expect(manifest.bugs, p).toMatch(/\/issues$/);
      expect(manifest.repository?.directory, p).toBe(`packages/${p}`);
    }
  });
});
