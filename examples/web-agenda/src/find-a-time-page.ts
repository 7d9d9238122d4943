// The Find-a-time view's own chunk: main.ts imports it the first time that view opens, so the
// agenda never downloads or runs the committee, its rotation or date-holidays' data (over a
// megabyte of the 1.8 MB the page was as one chunk; test/e2e.test.ts measures what the agenda
// loads).

import { parseConvening } from "@convening/schema";
import committeeJson from "../../data/we-alliance-exploratory-committee-2011.json";
import { renderFindATimeView } from "./find-a-time-view.js";

/**
 * Parses the WE Alliance exploratory committee (19 members in many zones) and renders Find a time
 * into `root`; throws `ConveningValidationError` if the sample breaks the schema.
 */
export function showFindATime(root: HTMLElement, languages: readonly string[]): void {
  renderFindATimeView(root, { convening: parseConvening(committeeJson), languages });
}
