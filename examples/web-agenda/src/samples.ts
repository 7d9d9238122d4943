import { type Convening, parseConvening } from "@convening/schema";
import workshopsJson from "../../data/collaborative-workshops-2021.json";

/**
 * Collaborative Workshops 2021, the agenda view's convening, validated in the browser exactly as
 * a server would: a document that breaks the schema stops the page with
 * `ConveningValidationError`'s readable message instead of rendering half an agenda. The
 * committee behind Find a time loads with that view (`find-a-time-page.ts`).
 */
export function loadWorkshops(): Convening {
  return parseConvening(workshopsJson);
}
