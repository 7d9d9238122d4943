// One case through the toolkit: parseConvening, then toICS; the strict reading of the text,
// the intent from toCalendar's model, and the structure of the same document with tame text.

import { isConveningError } from "@convening/core";
import { toCalendar, toICS } from "@convening/ical";
import { parseConvening } from "@convening/schema";
import { compareReading, QUIRKS, structureFindings, textFindings } from "./compare.mjs";
import { tameCase } from "./documents.mjs";
import { intentOf, linkageProblems, textValues } from "./intent.mjs";
import { readWithIcalJs } from "./read-icaljs.mjs";
import { readStrict } from "./strict-ics.mjs";

// Spoils the schema must refuse whatever the values (an offset slip may land on the other side
// of a DST change, where it is right).
const MUST_REFUSE = new Set(["character", "address", "reference", "order"]);

function describeError(error) {
  return error instanceof Error ? `${error.name}: ${error.message}\n${error.stack}` : String(error);
}

const emptyFindings = () => ({ errors: [], injections: [], xlic: [], mismatches: [], times: [] });

/** The calendar name as written: the name option, or one of the convening title's texts. */
function nameProblems(calendar, document, options) {
  const allowed = [options.name, ...textValues(document.title)].filter((n) => n !== undefined);
  const out = [];
  for (const field of ["name", "calname"]) {
    const written = calendar[field];
    if (written !== null && !allowed.includes(written))
      out.push(
        `calendar ${field} ${JSON.stringify(written)} is neither the name option nor the title`,
      );
  }
  return out;
}

/**
 * Runs `kase` ({ document, options, invalid }) through parseConvening and toICS. Returns
 * `{ outcome, ics?, expected?, findings, notes }`: outcome is "rejected" (the schema refused the
 * document with its own error), "refused" (toICS refused the options with its own error),
 * "crash" (anything else thrown) or "written"; findings hold the strict reader's and ical.js's.
 */
export function writeCase(kase) {
  const findings = {};
  const notes = [];
  let convening;
  try {
    convening = parseConvening(kase.document);
  } catch (error) {
    if (!isConveningError(error))
      return {
        outcome: "crash",
        stage: "parseConvening",
        error: describeError(error),
        findings,
        notes,
      };
    const codes = [...new Set((error.issues ?? []).map((i) => i.code))];
    return {
      outcome: "rejected",
      codes,
      expectedRejection: kase.invalid !== undefined,
      findings,
      notes,
    };
  }
  if (kase.invalid !== undefined && MUST_REFUSE.has(kase.invalid)) {
    findings.strict = emptyFindings();
    findings.strict.injections.push(
      `parseConvening accepted a document spoiled on purpose (${kase.invalid})`,
    );
  }

  let ics;
  let calendar;
  let writeMs;
  try {
    const started = performance.now();
    ics = toICS(convening, kase.options);
    writeMs = performance.now() - started;
    calendar = toCalendar(convening, kase.options);
  } catch (error) {
    if (!isConveningError(error))
      return { outcome: "crash", stage: "toICS", error: describeError(error), findings, notes };
    return { outcome: "refused", codes: [error.code], findings, notes };
  }

  // The structure the calendar must have whatever its text.
  let tameComponents;
  try {
    const tame = tameCase(kase);
    tameComponents = readStrict(toICS(parseConvening(tame.document), tame.options)).reading
      .components;
  } catch (error) {
    notes.push(
      `the tame twin failed, so structure is checked against the hostile strict reading: ${describeError(error)}`,
    );
  }

  const genuine = readStrict(ics);
  const expected = {
    components: tameComponents ?? genuine.reading.components,
    events: intentOf(calendar, convening),
    calendar: genuine.reading.calendar,
  };
  const result = { outcome: "written", ics, expected, findings, notes, writeMs };
  result.context = { convening, kase };
  examine(result, ics);
  return result;
}

/**
 * The strict reader's and ical.js's findings for `ics` as the text of a written case (the
 * calendar toICS wrote, or one altered on purpose by self-check.mjs).
 */
export function examine(result, ics) {
  const { expected, findings } = result;
  const { convening, kase } = result.context;
  const strict = readStrict(ics);
  const ours = findings.strict ?? emptyFindings();
  ours.errors.push(...strict.problems);
  ours.injections.push(
    ...structureFindings(expected.components, strict.reading.components, QUIRKS.strict),
  );
  const uids = strict.reading.events.map((e) => e.uid).join(" ");
  if (uids !== expected.events.map((e) => e.uid).join(" "))
    ours.injections.push(`UIDs ${uids} differ from the model's`);
  ours.mismatches.push(
    ...textFindings(expected.events, expected.calendar, strict.reading, QUIRKS.strict),
  );
  ours.mismatches.push(...linkageProblems(expected.events, convening, kase.options));
  ours.mismatches.push(...nameProblems(strict.reading.calendar, kase.document, kase.options));
  findings.strict = ours;

  let icaljs;
  try {
    icaljs = readWithIcalJs(ics);
  } catch (error) {
    icaljs = { crash: describeError(error).split("\n")[0] };
  }
  findings["ical.js"] = compareReading("ical.js", icaljs, expected);
}

/** Adds the Python readers' findings to a written case. */
export function addPythonFindings(result, python) {
  result.findings["python-icalendar"] = compareReading(
    "python-icalendar",
    python.icalendar,
    result.expected,
  );
  result.findings.libical = compareReading("libical", python.libical, result.expected);
}
