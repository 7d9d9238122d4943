import type { ZoneSpan } from "./convening-event.js";

const YEAR_MS = 365.2425 * 86_400_000;
// tzdata schedules no change of rule this far ahead: announced changes reach a few years past a
// release, and the furthest predicted ones are Africa/Casablanca's Ramadan changes, listed to 2087.
// From here on every zone repeats its last yearly rule for ever, or keeps its offset, which an
// open RRULE observance (or a lone STANDARD one) states exactly; ICU and every reader project the
// last rule the same way.
const RULES_SETTLED_MS = Date.UTC(2100, 0, 1);
// A span that starts after that point still needs a few years of onsets for the rule's pattern.
const SETTLED_SPAN_MS = 20 * YEAR_MS;

/**
 * `span` with its end brought back to where zone rules are settled, and open from there: a
 * calendar with an event (or an UNTIL) in 9999 gets the same few observances as an open-ended
 * series, not one onset per year for eight millennia. Spans that end earlier are returned as they
 * are, so the VTIMEZONE of every event before 2100 is unchanged.
 */
export function settledSpan(span: ZoneSpan): ZoneSpan {
  const horizon = Math.max(RULES_SETTLED_MS, span.fromMs + SETTLED_SPAN_MS);
  if (span.toMs <= horizon) return span;
  return { fromMs: span.fromMs, toMs: horizon, open: true };
}
