import { type Convening, parseConvening } from "@convening/schema";
import workshopsJson from "../../data/collaborative-workshops-2021.json";
import committeeJson from "../../data/we-alliance-exploratory-committee-2011.json";

/**
 * The two sample documents the page shows, validated in the browser exactly as a server would:
 * a document that breaks the schema stops the page with `ConveningValidationError`'s readable
 * message instead of rendering half an agenda.
 */
export interface Samples {
  /** Collaborative Workshops 2021: the agenda view. */
  readonly workshops: Convening;
  /** The WE Alliance exploratory committee (19 members in many zones): the Find-a-time view. */
  readonly committee: Convening;
}

/** Parses both samples with `parseConvening`; throws `ConveningValidationError` if one is invalid. */
export function loadSamples(): Samples {
  return { workshops: parseConvening(workshopsJson), committee: parseConvening(committeeJson) };
}
