// The bad-input harness every package's `every-export-bad-input.test.ts` shares (issue 9): it
// calls each public export with hostile arguments, at the top level and at every nested field of
// a valid call, and fails on anything thrown that is not one of the toolkit's errors. A new
// export without a case fails the test too, so the table grows with the API.

import fc from "fast-check";
import { describe, expect, it } from "vitest";

/** The arguments of one call. */
export type Args = readonly unknown[];

/** How one export is exercised. */
export type ExportCase =
  /** A function: `seeds` are valid calls; each is corrupted at every argument and nested field. */
  | { readonly kind: "call"; readonly seeds: readonly Args[] }
  /** An async function, as `call`: what its promise rejects with is judged like a throw. */
  | { readonly kind: "async call"; readonly seeds: readonly Args[] }
  /** An error class: `new` never throws, whatever it is given, and the error can be logged. */
  | { readonly kind: "construct"; readonly seeds: readonly Args[] }
  /** A class with methods: the constructor and every method of the prototype, each from valid calls. */
  | {
      readonly kind: "class";
      readonly seeds: readonly Args[];
      readonly methods: Readonly<Record<string, readonly Args[]>>;
    }
  /** A one-argument `is…` test: answers a boolean for anything, never throws. */
  | { readonly kind: "predicate" }
  /** A constant, or a zod schema (zod's own API, not ours to wrap): not called. */
  | { readonly kind: "value" };

export const call = (...seeds: Args[]): ExportCase => ({ kind: "call", seeds });
export const asyncCall = (...seeds: Args[]): ExportCase => ({ kind: "async call", seeds });
export const construct = (...seeds: Args[]): ExportCase => ({ kind: "construct", seeds });
export const predicate: ExportCase = { kind: "predicate" };
export const value: ExportCase = { kind: "value" };

/** A hostile value, made fresh for each use (so no call can change one another call sees). */
interface Hostile {
  readonly label: string;
  readonly make: () => unknown;
}

function revokedProxy(target: object): object {
  const { proxy, revoke } = Proxy.revocable(target, {});
  revoke();
  return proxy;
}

const boom = (): never => {
  throw new Error("hostile trap");
};

/** A Proxy whose every trap throws: reading, listing keys, `in`, `Array.isArray` aside. */
function trappedProxy(target: object): object {
  return new Proxy(target, {
    get: boom,
    has: boom,
    ownKeys: boom,
    getOwnPropertyDescriptor: boom,
    getPrototypeOf: boom,
    set: boom,
    defineProperty: boom,
    deleteProperty: boom,
  });
}

function nested(depth: number, wrap: (inner: unknown) => unknown): unknown {
  let out: unknown = "leaf";
  for (let i = 0; i < depth; i++) out = wrap(out);
  return out;
}

const cyclicObject = () => {
  const o: Record<string, unknown> = { id: "cycle" };
  o.self = o;
  return o;
};
const cyclicArray = () => {
  const a: unknown[] = [];
  a.push(a);
  return a;
};
const coercionTraps = () => ({
  toString: boom,
  valueOf: boom,
  toJSON: boom,
  [Symbol.toPrimitive]: boom,
});

/** The catalogue: wrong types, edge numbers, hostile strings and objects that fight back. */
export const HOSTILE: readonly Hostile[] = [
  { label: "undefined", make: () => undefined },
  { label: "null", make: () => null },
  { label: "true", make: () => true },
  { label: "0", make: () => 0 },
  { label: "-1", make: () => -1 },
  { label: "1.5", make: () => 1.5 },
  { label: "-0", make: () => -0 },
  { label: "NaN", make: () => Number.NaN },
  { label: "Infinity", make: () => Number.POSITIVE_INFINITY },
  { label: "-Infinity", make: () => Number.NEGATIVE_INFINITY },
  { label: "1e308", make: () => 1e308 },
  { label: "-1e308", make: () => -1e308 },
  { label: "2^31", make: () => 2 ** 31 },
  { label: "2^53 + 2", make: () => 2 ** 53 + 2 },
  { label: "empty string", make: () => "" },
  { label: "blank string", make: () => "   " },
  { label: "a word", make: () => "x" },
  { label: "NUL", make: () => "\u0000" },
  { label: "CRLF and a content line", make: () => "a\r\nBEGIN:VEVENT" },
  { label: "lone surrogate", make: () => "\uD800" },
  { label: "__proto__", make: () => "__proto__" },
  { label: "100k digits", make: () => "1".repeat(100_000) },
  { label: "100k letters then !", make: () => `${"a".repeat(100_000)}!` },
  {
    label: "date-time with 100k digits",
    make: () => `2021-03-23T11:20:00.${"0".repeat(100_000)}Z`,
  },
  { label: "symbol", make: () => Symbol("hostile") },
  { label: "bigint", make: () => 10n },
  { label: "huge bigint", make: () => 2n ** 70n },
  { label: "function", make: () => () => "x" },
  { label: "empty array", make: () => [] },
  // biome-ignore lint/suspicious/noSparseArray: a hole is the point.
  { label: "array with a hole", make: () => [, "UTC"] },
  { label: "array of null", make: () => [null] },
  { label: "array of numbers", make: () => [1, 2] },
  { label: "empty object", make: () => ({}) },
  { label: "null-prototype object", make: () => Object.create(null) },
  { label: "frozen object", make: () => Object.freeze({ id: "frozen" }) },
  { label: "frozen array", make: () => Object.freeze(["UTC"]) },
  { label: "revoked proxy", make: () => revokedProxy({}) },
  { label: "revoked array proxy", make: () => revokedProxy([]) },
  { label: "proxy whose traps throw", make: () => trappedProxy({}) },
  { label: "array proxy whose traps throw", make: () => trappedProxy([]) },
  { label: "object whose coercions throw", make: coercionTraps },
  { label: "cyclic object", make: cyclicObject },
  { label: "cyclic array", make: cyclicArray },
  { label: "object nested 10,000 deep", make: () => nested(10_000, (inner) => ({ a: inner })) },
  { label: "array nested 10,000 deep", make: () => nested(10_000, (inner) => [inner]) },
  { label: "invalid Date", make: () => new Date(Number.NaN) },
  { label: "Date at the epoch", make: () => new Date(0) },
  { label: "Date at the end of time", make: () => new Date(8.64e15) },
  {
    label: "fake luxon DateTime that throws",
    make: () => ({ isLuxonDateTime: true, isValid: true, toMillis: boom }),
  },
  {
    label: "fake luxon DateTime of NaN",
    make: () => ({ isLuxonDateTime: true, isValid: true, toMillis: () => Number.NaN }),
  },
  { label: "Map", make: () => new Map([["a", 1]]) },
  { label: "RegExp", make: () => /x/ },
  { label: "Error", make: () => new Error("an error as data") },
  { label: "boxed string", make: () => new String("UTC") },
  { label: "array-like object", make: () => ({ length: 1, 0: "UTC" }) },
];

// Nested fields get a shorter list (one of each kind of wrongness); every argument gets the
// whole catalogue, and the property test draws from all of it at any depth.
const NESTED = new Set([
  "undefined",
  "null",
  "true",
  "0",
  "-1",
  "NaN",
  "Infinity",
  "1e308",
  "empty string",
  "a word",
  "NUL",
  "100k digits",
  "symbol",
  "bigint",
  "function",
  "empty array",
  "array with a hole",
  "array of null",
  "empty object",
  "frozen object",
  "revoked proxy",
  "proxy whose traps throw",
  "object whose coercions throw",
  "cyclic object",
  "object nested 10,000 deep",
  "invalid Date",
]);
const HOSTILE_NESTED = HOSTILE.filter((h) => NESTED.has(h.label));

type Path = readonly PropertyKey[];

const PARSED = Symbol.for("@convening/core.parsed");

function isPlainContainer(value: unknown): value is Record<PropertyKey, unknown> | unknown[] {
  try {
    return plainContainer(value);
  } catch {
    // A hostile value put there by an earlier edit: not something to walk into.
    return false;
  }
}

function plainContainer(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  // A parsed value is vouched for by its brand; any copy loses the brand (NotParsedError), so
  // corrupting inside one only tests the brand check again. The options beside it are the target.
  if (Object.hasOwn(value, PARSED)) return false;
  if (Array.isArray(value)) return true;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Every path into `args`: each argument, then each nested field and element of plain data. */
export function pathsOf(args: Args): Path[] {
  const out: Path[] = [];
  const seen = new Set<unknown>();
  const walk = (node: unknown, path: Path): void => {
    // Earlier edits may have put a cycle or 10,000 levels here: valid calls are never deep.
    if (path.length > 8 || seen.has(node) || !isPlainContainer(node)) return;
    seen.add(node);
    for (const key of Object.keys(node)) {
      const next = [...path, Array.isArray(node) ? Number(key) : key];
      out.push(next);
      // A getter put there by an earlier edit throws: its field is a path, not a container.
      const child = Object.getOwnPropertyDescriptor(node, key)?.value;
      walk(child, next);
    }
  };
  // By index, not forEach: an argument removed by an earlier edit is a hole, still a position.
  for (let i = 0; i < args.length; i++) {
    out.push([i]);
    walk(args[i], [i]);
  }
  return out;
}

/** How to corrupt the field at a path. */
type Edit =
  | { readonly kind: "set"; readonly hostile: Hostile }
  | { readonly kind: "remove" }
  | { readonly kind: "throwing getter" };

/** A shallow copy that keeps getters as getters (an earlier edit may have put one there). */
function copyOf(
  node: Record<PropertyKey, unknown> | unknown[],
): Record<PropertyKey, unknown> | unknown[] {
  const descriptors = Object.getOwnPropertyDescriptors(node) as Record<
    PropertyKey,
    PropertyDescriptor
  >;
  // A frozen container (an earlier edit) is copied unfrozen, so the next edit can change it.
  for (const d of Object.values(descriptors)) {
    d.configurable = true;
    if ("value" in d) d.writable = true;
  }
  if (Array.isArray(node)) {
    const out: unknown[] = [];
    out.length = node.length;
    delete descriptors.length;
    return Object.defineProperties(out, descriptors);
  }
  return Object.defineProperties(Object.create(Object.getPrototypeOf(node)), descriptors);
}

/** A copy of `args` with the field at `path` edited; containers along the path are copied. */
export function edited(args: Args, path: Path, edit: Edit): unknown[] {
  const root = copyOf(args as unknown[]) as unknown[];
  let parent: Record<PropertyKey, unknown> | unknown[] = root;
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]!;
    const child = Object.getOwnPropertyDescriptor(parent, key)?.value;
    if (!isPlainContainer(child)) return root;
    const copy = copyOf(child);
    Object.defineProperty(parent, key, {
      value: copy,
      writable: true,
      enumerable: true,
      configurable: true,
    });
    parent = copy;
  }
  const key = path[path.length - 1]!;
  const target = parent as Record<PropertyKey, unknown>;
  if (edit.kind === "set")
    Object.defineProperty(target, key, {
      value: edit.hostile.make(),
      writable: true,
      enumerable: true,
      configurable: true,
    });
  else if (edit.kind === "remove") delete target[key];
  else Object.defineProperty(target, key, { get: boom, enumerable: true, configurable: true });
  return root;
}

function editLabel(path: Path, edit: Edit): string {
  const at = path.map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`)).join("");
  const what = edit.kind === "set" ? edit.hostile.label : edit.kind;
  return `args${at} = ${what}`;
}

/** Every single-field corruption of a valid call, labelled. */
export function* corruptions(seed: Args): Generator<{ label: string; args: unknown[] }> {
  for (const path of pathsOf(seed)) {
    const edits: Edit[] = [
      ...(path.length === 1 ? HOSTILE : HOSTILE_NESTED).map(
        (hostile) => ({ kind: "set", hostile }) as const,
      ),
      { kind: "remove" },
    ];
    // An argument cannot have a getter of its own; a field can.
    if (path.length > 1) edits.push({ kind: "throwing getter" });
    for (const edit of edits)
      yield { label: editLabel(path, edit), args: edited(seed, path, edit) };
  }
  // One argument too many: extra arguments are ignored, never read as something else.
  yield { label: "an extra argument", args: [...seed, revokedProxy({})] };
}

// A call on these small inputs that runs for seconds is a hang in the making (a loop bounded by
// a hostile number); the limit is 100× what any case takes, so it is not a speed check. It counts
// the CPU time of this worker process, not the wall clock: under a loaded machine (CI beside other
// jobs on two cores) a 50 ms call once took 12 s of wall time and failed the sweep, while a real
// hang burns CPU either way. vitest runs each test file in a forked process (its default pool), so
// no other test's work is counted.
const HANG_MS = 5_000;

/** The wall-clock limit of one export's sweep: a call that never returns, not a slow machine. */
const SWEEP_TIMEOUT_MS = 900_000;

/** Milliseconds of CPU (user + system) this process has used. */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** What one call did wrong, or undefined when it returned or threw one of ours. */
export type Outcome = string | undefined;

function describeThrown(thrown: unknown): string {
  try {
    if (thrown instanceof Error) return `${thrown.name}: ${thrown.message.split("\n")[0]}`;
    return `a thrown ${typeof thrown}`;
  } catch {
    return "an unreadable thrown value";
  }
}

/**
 * Whether an error of ours can be read and logged: message, JSON, string form, a path of keys
 * and indexes; a thrown one (whose code comes from our classes) also has a snake_case code.
 */
function unloggable(error: unknown, thrown = true): Outcome {
  try {
    const e = error as Error;
    if (typeof e.message !== "string") return "its message is not a string";
    JSON.stringify(e);
    String(e);
    const { code, path } = e as unknown as { code: unknown; path: unknown };
    if (typeof code !== "string" || (thrown && !/^[a-z]+(?:_[a-z]+)*$/.test(code)))
      return `its code ${String(code)} is not snake_case`;
    if (!Array.isArray(path)) return "its path is not an array";
    if (!path.every((p) => typeof p === "string" || Number.isInteger(p)))
      return "its path holds something other than keys and indexes";
    return undefined;
  } catch (cause) {
    return `logging it threw ${describeThrown(cause)}`;
  }
}

export function outcomeOf(
  run: () => unknown,
  isOurs: (e: unknown) => boolean,
  hangMs = HANG_MS,
): Outcome {
  const started = cpuMs();
  let result: Outcome;
  try {
    run();
  } catch (thrown) {
    if (!isOurs(thrown)) result = `threw ${describeThrown(thrown)}`;
    else {
      const bad = unloggable(thrown);
      if (bad) result = `threw ${describeThrown(thrown)}, but ${bad}`;
    }
  }
  const took = cpuMs() - started;
  if (result === undefined && took > hangMs) result = `ran for ${Math.round(took)} ms of CPU`;
  return result;
}

/** As {@link outcomeOf}, for a function that returns a promise: a rejection counts as a throw. */
export async function asyncOutcomeOf(
  run: () => unknown,
  isOurs: (e: unknown) => boolean,
  hangMs = HANG_MS,
): Promise<Outcome> {
  const started = cpuMs();
  let result: Outcome;
  try {
    await run();
  } catch (thrown) {
    if (!isOurs(thrown)) result = `threw ${describeThrown(thrown)}`;
    else {
      const bad = unloggable(thrown);
      if (bad) result = `threw ${describeThrown(thrown)}, but ${bad}`;
    }
  }
  const took = cpuMs() - started;
  if (result === undefined && took > hangMs) result = `ran for ${Math.round(took)} ms of CPU`;
  return result;
}

export function constructOutcome(make: () => unknown, isOurs: (e: unknown) => boolean): Outcome {
  let error: unknown;
  try {
    error = make();
  } catch (thrown) {
    return `its constructor threw ${describeThrown(thrown)}`;
  }
  if (!isOurs(error)) return "it built something that is not one of ours";
  return unloggable(error, false);
}

function predicateOutcome(test: (v: unknown) => unknown, v: unknown): Outcome {
  try {
    const answer = test(v);
    return typeof answer === "boolean" ? undefined : `answered ${typeof answer}, not a boolean`;
  } catch (thrown) {
    return `threw ${describeThrown(thrown)}`;
  }
}

/** One call of one export: what is called, and how it is judged. */
interface Probe {
  readonly name: string;
  readonly label: string;
  readonly run: () => Outcome | Promise<Outcome>;
}

type AnyFunction = (...args: unknown[]) => unknown;
type AnyClass = new (...args: unknown[]) => unknown;

function methodNames(cls: AnyClass): string[] {
  return Object.getOwnPropertyNames(cls.prototype)
    .filter((n) => n !== "constructor")
    .filter((n) => typeof Object.getOwnPropertyDescriptor(cls.prototype, n)?.value === "function")
    .sort();
}

function* probesOf(
  name: string,
  exported: unknown,
  spec: ExportCase,
  isOurs: (e: unknown) => boolean,
): Generator<Probe> {
  switch (spec.kind) {
    case "value":
      return;
    case "predicate":
      for (const h of HOSTILE) {
        yield {
          name,
          label: `(${h.label})`,
          run: () => predicateOutcome(exported as AnyFunction, h.make()),
        };
      }
      return;
    case "call":
      for (const seed of spec.seeds) {
        for (const c of corruptions(seed)) {
          yield {
            name,
            label: c.label,
            run: () => outcomeOf(() => (exported as AnyFunction)(...c.args), isOurs),
          };
        }
      }
      return;
    case "async call":
      for (const seed of spec.seeds) {
        for (const c of corruptions(seed)) {
          yield {
            name,
            label: c.label,
            run: () => asyncOutcomeOf(() => (exported as AnyFunction)(...c.args), isOurs),
          };
        }
      }
      return;
    case "construct":
      for (const seed of spec.seeds) {
        for (const c of corruptions(seed)) {
          yield {
            name,
            label: c.label,
            run: () => constructOutcome(() => new (exported as AnyClass)(...c.args), isOurs),
          };
        }
      }
      return;
    case "class": {
      const cls = exported as AnyClass;
      for (const seed of spec.seeds) {
        for (const c of corruptions(seed)) {
          yield {
            name,
            label: `new ${c.label}`,
            run: () => outcomeOf(() => new cls(...c.args), isOurs),
          };
        }
      }
      const instance = new cls(...spec.seeds[0]!) as Record<string, AnyFunction>;
      for (const method of methodNames(cls)) {
        for (const seed of spec.methods[method] ?? []) {
          for (const c of corruptions(seed)) {
            yield {
              name: `${name}#${method}`,
              label: c.label,
              run: () => outcomeOf(() => instance[method]!(...c.args), isOurs),
            };
          }
        }
      }
    }
  }
}

/** Every failing call, grouped by export, for a readable assertion message. */
function report(
  failures: readonly { name: string; label: string; problem: string }[],
  calls: number,
): string {
  const lines = failures.slice(0, 60).map((f) => `${f.name}(${f.label}): ${f.problem}`);
  const more = failures.length > 60 ? [`… and ${failures.length - 60} more`] : [];
  return [`${failures.length} of ${calls} calls failed:`, ...lines, ...more].join("\n");
}

/** A value for the property test: the catalogue, or anything fast-check makes up. */
const hostileArbitrary: fc.Arbitrary<Hostile> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  {
    weight: 2,
    arbitrary: fc
      .anything({
        maxDepth: 3,
        maxKeys: 4,
        withBigInt: true,
        withBoxedValues: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withNullPrototype: true,
        withSparseArray: true,
        withTypedArray: true,
        withObjectString: true,
      })
      .map((v) => ({ label: `generated ${safeShow(v)}`, make: () => structuredCloneOr(v) })),
  },
  {
    weight: 1,
    arbitrary: fc
      .oneof(fc.double(), fc.integer(), fc.string({ maxLength: 40 }), fc.bigInt())
      .map((v) => ({ label: `generated ${safeShow(v)}`, make: () => v })),
  },
);

function safeShow(v: unknown): string {
  try {
    return fc.stringify(v).slice(0, 80);
  } catch {
    return "(unprintable)";
  }
}

function structuredCloneOr(v: unknown): unknown {
  try {
    return structuredClone(v);
  } catch {
    return v;
  }
}

const editArbitrary: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 8, arbitrary: hostileArbitrary.map((hostile) => ({ kind: "set", hostile }) as const) },
  { weight: 1, arbitrary: fc.constant({ kind: "remove" } as const) },
  { weight: 1, arbitrary: fc.constant({ kind: "throwing getter" } as const) },
);

/** One to three corruptions of one valid call. */
function corruptedCall(seeds: readonly Args[]): fc.Arbitrary<{ label: string; args: unknown[] }> {
  return fc
    .record({
      seed: fc.nat({ max: seeds.length - 1 }),
      edits: fc.array(fc.tuple(fc.nat(), editArbitrary), { minLength: 1, maxLength: 3 }),
    })
    .map(({ seed, edits }) => {
      let args: unknown[] = seeds[seed]!.slice();
      const labels: string[] = [];
      for (const [pick, edit] of edits) {
        // A function of no arguments can still be handed one.
        const paths = args.length === 0 ? [[0]] : pathsOf(args);
        const path = paths[pick % paths.length]!;
        // An argument has no getter of its own: at the top level a getter edit sets a value.
        const e: Edit =
          path.length === 1 && edit.kind === "throwing getter" ? { kind: "remove" } : edit;
        args = edited(args, path, e);
        labels.push(editLabel(path, e));
      }
      const label = labels.join(", ");
      // fast-check prints a failing value; revoked proxies cannot be printed, the label can.
      return { label, args, [fc.toStringMethod]: () => label };
    });
}

/**
 * The tests: the case table names every export; every single-field corruption of every valid
 * call (the sweep) and random multi-field ones (the property) throw only our errors.
 */
export function describeEveryExport(
  api: Record<string, unknown>,
  cases: Record<string, ExportCase>,
  isOurs: (e: unknown) => boolean,
  options: { numRuns?: number } = {},
): void {
  describe("every public export, given bad input, throws only the toolkit's errors", () => {
    it("has a case for every export, and each case fits what is exported", () => {
      expect(HOSTILE_NESTED.length, "every nested label names a catalogue entry").toBe(NESTED.size);
      expect(Object.keys(cases).sort()).toEqual(Object.keys(api).sort());
      for (const [name, spec] of Object.entries(cases)) {
        const exported = api[name];
        if (spec.kind === "value") expect(typeof exported, name).not.toBe("function");
        else expect(typeof exported, name).toBe("function");
        if (spec.kind !== "value" && spec.kind !== "predicate")
          expect(spec.seeds.length, name).toBeGreaterThan(0);
        if (spec.kind === "class")
          expect(Object.keys(spec.methods).sort(), name).toEqual(methodNames(exported as AnyClass));
      }
    });

    it("the valid calls the corruptions start from succeed", async () => {
      for (const [name, spec] of Object.entries(cases)) {
        if (spec.kind === "async call") {
          for (const seed of spec.seeds)
            await expect(
              (api[name] as AnyFunction)(...seed),
              `${name} seed`,
            ).resolves.toBeDefined();
          continue;
        }
        if (spec.kind !== "call" && spec.kind !== "class") continue;
        for (const seed of spec.seeds) {
          const run =
            spec.kind === "call"
              ? () => (api[name] as AnyFunction)(...seed)
              : () => new (api[name] as AnyClass)(...seed);
          expect(run, `${name} seed`).not.toThrow();
        }
      }
    });

    // One sweep per export, so a loaded machine never has to fit a whole package's thousands of
    // calls into one test's time limit, and a failure names its export in the test's title. A
    // hang is caught per call, by CPU time (HANG_MS); the limit below only stops a call that
    // never returns, so it is generous: wall time on two shared cores says nothing about us.
    for (const [name, spec] of Object.entries(cases)) {
      it(
        `the sweep: ${name}, every argument and every nested field set to each hostile value`,
        async () => {
          const failures: { name: string; label: string; problem: string }[] = [];
          let calls = 0;
          for (const probe of probesOf(name, api[name], spec, isOurs)) {
            calls++;
            const problem = await probe.run();
            if (problem !== undefined)
              failures.push({ name: probe.name, label: probe.label, problem });
          }
          expect(failures, report(failures, calls)).toEqual([]);
        },
        SWEEP_TIMEOUT_MS,
      );
    }

    for (const [name, spec] of Object.entries(cases)) {
      if (spec.kind === "async call") {
        it(`the property: ${name} with one to three fields corrupted at random`, async () => {
          await fc.assert(
            fc.asyncProperty(corruptedCall(spec.seeds), async ({ label, args }) => {
              const problem = await asyncOutcomeOf(
                () => (api[name] as AnyFunction)(...args),
                isOurs,
              );
              if (problem !== undefined) throw new Error(`${name}(${label}): ${problem}`);
            }),
            { numRuns: options.numRuns ?? 60 },
          );
        });
        continue;
      }
      if (spec.kind !== "call" && spec.kind !== "construct") continue;
      it(`the property: ${name} with one to three fields corrupted at random`, () => {
        fc.assert(
          fc.property(corruptedCall(spec.seeds), ({ label, args }) => {
            const problem =
              spec.kind === "call"
                ? outcomeOf(() => (api[name] as AnyFunction)(...args), isOurs)
                : constructOutcome(() => new (api[name] as AnyClass)(...args), isOurs);
            if (problem !== undefined) throw new Error(`${name}(${label}): ${problem}`);
          }),
          { numRuns: options.numRuns ?? 60 },
        );
      });
    }
  });
}
