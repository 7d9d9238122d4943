import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import {
  type Convening,
  type ConveningId,
  type ConveningInput,
  type ConveningIssue,
  type ConveningIssueCode,
  type Member,
  type MemberId,
  type MemberInput,
  parseConvening,
  type SafeParseConveningResult,
  type Series,
  type SeriesId,
  type SeriesInput,
  type Session,
  type SessionId,
  type SessionInput,
  type SessionSchema,
  safeParseConvening,
  type Venue,
  type VenueId,
} from "../src/index.js";

describe("branded ids", () => {
  it("are strings that plain strings are not", () => {
    expectTypeOf<SessionId>().toExtend<string>();
    expectTypeOf<string>().not.toExtend<SessionId>();
  });

  it("do not mix: a member id is not a session id", () => {
    expectTypeOf<MemberId>().not.toExtend<SessionId>();
    expectTypeOf<VenueId>().not.toExtend<SeriesId>();
    expectTypeOf<ConveningId>().not.toExtend<MemberId>();
  });

  it("brand the parsed records' fields", () => {
    expectTypeOf<Session["id"]>().toEqualTypeOf<SessionId>();
    expectTypeOf<Session["participants"][number]["memberId"]>().toEqualTypeOf<MemberId>();
    expectTypeOf<Session["venueId"]>().toEqualTypeOf<VenueId | undefined>();
    expectTypeOf<Member["id"]>().toEqualTypeOf<MemberId>();
    expectTypeOf<Series["id"]>().toEqualTypeOf<SeriesId>();
    expectTypeOf<Venue["id"]>().toEqualTypeOf<VenueId>();
  });

  it("are plain strings in input, so a JSON document type-checks", () => {
    expectTypeOf<SessionInput["id"]>().toEqualTypeOf<string>();
    expectTypeOf<{
      id: "power-of-a-story";
      title: "T";
      start: "s";
      end: "e";
    }>().toExtend<SessionInput>();
  });
});

describe("defaults", () => {
  it("make fields required in output", () => {
    expectTypeOf<Session["participants"]>().toEqualTypeOf<
      { memberId: MemberId; role: z.infer<typeof SessionSchema>["participants"][number]["role"] }[]
    >();
    expectTypeOf<Session["status"]>().toEqualTypeOf<
      "scheduled" | "tentative" | "cancelled" | "postponed" | "rescheduled" | "moved-online"
    >();
    expectTypeOf<Session["sequence"]>().toEqualTypeOf<number>();
    expectTypeOf<Convening["sessions"]>().toEqualTypeOf<Session[]>();
    expectTypeOf<Member["visibility"]>().toEqualTypeOf<"public" | "network" | "private">();
    expectTypeOf<Member["affiliations"]>().not.toBeNullable();
  });

  it("leave them optional in input", () => {
    expectTypeOf<SessionInput["participants"]>().toEqualTypeOf<
      { memberId: string; role: Session["participants"][number]["role"] }[] | undefined
    >();
    expectTypeOf<SessionInput["status"]>().toEqualTypeOf<Session["status"] | undefined>();
    expectTypeOf<SessionInput["sequence"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<ConveningInput["sessions"]>().toEqualTypeOf<SessionInput[] | undefined>();
    expectTypeOf<MemberInput["visibility"]>().toEqualTypeOf<Member["visibility"] | undefined>();
  });

  it("give every session of a parsed convening its zone", () => {
    expectTypeOf<Session["timeZone"]>().toEqualTypeOf<string>();
    expectTypeOf<Convening["sessions"][number]>().toEqualTypeOf<Session>();
  });

  it("accept only parsed values where a parsed value is required", () => {
    const plain = { id: "c", title: "C", timeZone: "UTC", startDate: "2021-03-23" };
    // @ts-expect-error a plain object is not a parsed convening
    const convening: Convening = plain;
    expectTypeOf(convening).toEqualTypeOf<Convening>();
    expectTypeOf<SeriesInput>().not.toExtend<Series>();
    expectTypeOf<Convening["series"][number]>().toEqualTypeOf<Series>();
  });

  it("keep truly optional fields optional in output", () => {
    expectTypeOf<Session["description"]>().toEqualTypeOf<
      string | Record<string, string> | undefined
    >();
    expectTypeOf<Convening["parentSeriesId"]>().toEqualTypeOf<SeriesId | undefined>();
  });

  it("require the design's required fields in input", () => {
    expectTypeOf<
      Pick<ConveningInput, "id" | "title" | "timeZone" | "startDate" | "endDate">
    >().toEqualTypeOf<
      Required<Pick<ConveningInput, "id" | "title" | "timeZone" | "startDate" | "endDate">>
    >();
    expectTypeOf<{
      id: "c";
      title: "C";
      timeZone: "UTC";
      startDate: "2021-03-23";
    }>().not.toExtend<ConveningInput>();
  });
});

describe("parse functions", () => {
  it("take anything and return the output type", () => {
    expectTypeOf(parseConvening).parameter(0).toEqualTypeOf<unknown>();
    expectTypeOf(parseConvening).returns.toEqualTypeOf<Convening>();
    expectTypeOf(safeParseConvening).returns.toEqualTypeOf<SafeParseConveningResult>();
  });

  it("narrow safeParseConvening's result on success", () => {
    const result = safeParseConvening({});
    if (result.success) expectTypeOf(result.data).toEqualTypeOf<Convening>();
    else expectTypeOf(result.error.issues).toEqualTypeOf<readonly ConveningIssue[]>();
  });

  it("give issues a closed set of codes", () => {
    expectTypeOf<ConveningIssue["code"]>().toEqualTypeOf<ConveningIssueCode>();
    expectTypeOf<"offset_mismatch">().toExtend<ConveningIssueCode>();
    expectTypeOf<"oops">().not.toExtend<ConveningIssueCode>();
  });
});
