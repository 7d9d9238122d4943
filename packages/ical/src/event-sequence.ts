import { InvalidArgumentError, MAX_SEQUENCE } from "@convening/core";

/**
 * An event's SEQUENCE: its own revision plus the convening's (cancelling the whole convening must
 * reach every event). The schema bounds each to `MAX_SEQUENCE` (2³¹−1, the largest RFC 5545
 * §3.3.8 INTEGER); their sum is checked here, where it is made, and refused at the event's
 * `sequence` field, since libical wraps a larger value to a negative one and Evolution then drops
 * the update as older.
 */
export function eventSequence(
  own: number,
  convening: number,
  path: readonly (string | number)[],
): number {
  const sum = own + convening;
  if (!(sum <= MAX_SEQUENCE)) {
    throw new InvalidArgumentError(
      [...path, "sequence"],
      own,
      `plus the convening's sequence ${convening} is ${sum}, above ${MAX_SEQUENCE}, the largest SEQUENCE calendar readers take (RFC 5545 §3.3.8; libical wraps larger ones to negative); lower the two`,
    );
  }
  return sum;
}
