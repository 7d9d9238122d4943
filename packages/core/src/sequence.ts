/**
 * The largest SEQUENCE (calendar revision) a calendar may carry: 2,147,483,647. RFC 5545 §3.3.8
 * makes SEQUENCE an INTEGER, -2147483648 to 2147483647, and libical reads 2147483648 as
 * -2147483648, so Evolution takes the revised event for an older one and drops the update. The
 * schema bounds each `sequence` field by it, and the calendar writer the sum it writes (a
 * session's plus its convening's).
 *
 * @example
 * ```ts
 * session.sequence + convening.sequence <= MAX_SEQUENCE; // true for every event toICS writes
 * ```
 */
export const MAX_SEQUENCE = 2_147_483_647;
