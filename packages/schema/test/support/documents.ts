import { expect } from "vitest";
import {
  type ConveningInput,
  type ConveningIssue,
  type ConveningIssueCode,
  type ParseConveningOptions,
  safeParseConvening,
} from "../../src/index.js";

/**
 * The first day of the seed's collaborative workshops: a convening in New York shown in three
 * zones, with people, an organization, a venue and two sessions. Every test edits a fresh copy.
 */
export function workshops(): ConveningInput & Record<string, unknown> {
  return {
    id: "collaborative-workshops-2021",
    title: "Collaborative Workshops",
    timeZone: "America/New_York",
    displayZones: ["America/New_York", "Europe/London", "Africa/Nairobi"],
    startDate: "2021-03-23",
    endDate: "2021-03-24",
    organizers: ["global-alliance"],
    organizations: [
      { id: "global-alliance", name: "Global Alliance for Communities", kind: "coalition" },
    ],
    people: [
      {
        id: "amina",
        name: "Amina Mohammed",
        affiliations: [{ organizationId: "global-alliance" }],
      },
      { id: "dirk", name: "Dirk Slater", timeZone: "America/Los_Angeles" },
    ],
    venues: [{ id: "main-room", kind: "online", url: "https://meet.example.org/main" }],
    sessions: [
      {
        id: "power-of-a-story",
        title: "The Power of a Story",
        start: "2021-03-23T11:20:00-04:00",
        end: "2021-03-23T12:05:00-04:00",
        venueId: "main-room",
        participants: [{ memberId: "amina", role: "speaker" }],
      },
      {
        id: "urban-slums",
        title: "Role of Community Engagement in Urban Slums",
        start: "2021-03-24T11:00:00-04:00",
        end: "2021-03-24T11:45:00-04:00",
        participants: [{ memberId: "dirk", role: "moderator" }],
      },
    ],
  };
}

/** A convening of one session, in `zone`, on `date`; the smallest document for a time rule. */
export function oneSession(
  zone: string,
  date: string,
  start: string,
  end: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    id: "c",
    title: "C",
    timeZone: zone,
    startDate: date,
    endDate: date,
    sessions: [{ id: "s", title: "S", start, end, ...extra }],
  };
}

/** The issues `doc` yields; fails the test when it parses. */
export function issuesOf(doc: unknown, options?: ParseConveningOptions): readonly ConveningIssue[] {
  const result = safeParseConvening(doc, options);
  if (result.success) throw new Error("expected the document to be rejected, but it parsed");
  return result.error.issues;
}

/**
 * Asserts that `doc` yields an issue with `code` at `path` whose message names `value`, and
 * returns it.
 */
export function expectIssue(
  doc: unknown,
  code: ConveningIssueCode,
  path: readonly (string | number)[],
  value: string,
  options?: ParseConveningOptions,
): ConveningIssue {
  const issues = issuesOf(doc, options);
  const issue = issues.find(
    (i) => i.code === code && JSON.stringify(i.path) === JSON.stringify(path),
  );
  expect(
    issue,
    `no ${code} at ${JSON.stringify(path)} among ${JSON.stringify(issues, null, 1)}`,
  ).toBeDefined();
  expect(issue!.message).toContain(value);
  return issue!;
}

/** Asserts that `doc` parses. */
export function expectValid(doc: unknown, options?: ParseConveningOptions): void {
  const result = safeParseConvening(doc, options);
  expect(result.error?.issues ?? []).toEqual([]);
}
