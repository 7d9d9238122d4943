import { describe, expect, it } from "vitest";
import { parseConvening } from "../src/index.js";
import { expectIssue, expectValid, issuesOf, oneSession, workshops } from "./support/documents.js";

describe("end before start", () => {
  it("reports a session that ends before it starts", () => {
    const doc = oneSession(
      "Africa/Nairobi",
      "2021-03-23",
      "2021-03-23T18:20:00+03:00",
      "2021-03-23T18:00:00+03:00",
    );
    const issue = expectIssue(
      doc,
      "end_before_start",
      ["sessions", 0, "end"],
      '"2021-03-23T18:00:00+03:00"',
    );
    expect(issue.message).toContain("2021-03-23T18:20:00+03:00");
  });

  it("reports a session of no length", () => {
    const doc = oneSession("UTC", "2021-03-23", "2021-03-23T10:00:00Z", "2021-03-23T10:00:00Z");
    expectIssue(doc, "end_before_start", ["sessions", 0, "end"], '"2021-03-23T10:00:00Z"');
  });

  it("compares instants, not text: 10:00 in Nairobi is before 09:00 in London", () => {
    const doc = oneSession(
      "Africa/Nairobi",
      "2021-03-23",
      "2021-03-23T10:00:00+03:00",
      "2021-03-23T09:00:00+00:00",
    );
    // The end's offset disagrees with Nairobi, but the order is still right.
    expect(issuesOf(doc).map((i) => i.code)).toEqual(["offset_mismatch"]);
  });

  it("reports an endDate before the startDate", () => {
    expectIssue(
      { ...workshops(), endDate: "2021-03-22" },
      "end_before_start",
      ["endDate"],
      '"2021-03-22"',
    );
  });

  it("reports registration that closes before it opens", () => {
    const doc = {
      ...workshops(),
      registration: { opens: "2021-03-01T09:00:00Z", closes: "2021-02-01T09:00:00Z" },
    };
    expectIssue(doc, "end_before_start", ["registration", "closes"], '"2021-02-01T09:00:00Z"');
  });

  it("reports an availability window that ends before it starts, but takes 00:00 as midnight", () => {
    const doc = workshops();
    doc.people![1]!.availability = [
      { day: "mo", start: "17:00", end: "09:00" },
      { day: "tu", start: "18:00", end: "00:00" },
    ];
    const issues = issuesOf(doc);
    expect(issues).toHaveLength(1);
    expectIssue(doc, "end_before_start", ["people", 1, "availability", 0, "end"], '"09:00"');
  });
});

describe("offsets agree with the zone", () => {
  it("rejects the EST/EDT slip: -05:00 for New York in July", () => {
    const doc = oneSession(
      "America/New_York",
      "2021-07-01",
      "2021-07-01T10:00:00-05:00",
      "2021-07-01T11:00:00-04:00",
    );
    const issue = expectIssue(
      doc,
      "offset_mismatch",
      ["sessions", 0, "start"],
      '"2021-07-01T10:00:00-05:00"',
    );
    expect(issue.message).toContain("America/New_York is at -04:00");
    expect(issue.message).toContain(
      "write 2021-07-01T10:00:00-04:00 to keep the wall time, or 2021-07-01T11:00:00-04:00 to keep the moment",
    );
  });

  it("rejects EDT written in January", () => {
    const doc = oneSession(
      "America/New_York",
      "2021-01-12",
      "2021-01-12T10:00:00-04:00",
      "2021-01-12T11:00:00-05:00",
    );
    expectIssue(doc, "offset_mismatch", ["sessions", 0, "start"], "-05:00");
  });

  it("follows the zone across its change: the same New York week before and after 2021-03-14", () => {
    expectValid({
      ...oneSession(
        "America/New_York",
        "2021-03-13",
        "2021-03-13T11:00:00-05:00",
        "2021-03-13T12:00:00-05:00",
      ),
      endDate: "2021-03-15",
    });
    expectValid(
      oneSession(
        "America/New_York",
        "2021-03-15",
        "2021-03-15T11:00:00-04:00",
        "2021-03-15T12:00:00-04:00",
      ),
    );
  });

  it("knows the offset minute by minute on the day of the change", () => {
    // 2021-03-14 01:59 EST is followed by 03:00 EDT.
    expectValid(
      oneSession(
        "America/New_York",
        "2021-03-14",
        "2021-03-14T01:30:00-05:00",
        "2021-03-14T03:30:00-04:00",
      ),
    );
    expectIssue(
      oneSession(
        "America/New_York",
        "2021-03-14",
        "2021-03-14T01:30:00-04:00",
        "2021-03-14T03:30:00-04:00",
      ),
      "offset_mismatch",
      ["sessions", 0, "start"],
      "2021-03-14T01:30:00-04:00",
    );
  });

  it("accepts both readings of the hour that repeats when DST ends", () => {
    // 2021-11-07 01:30 happens twice in New York: first at -04:00, then at -05:00.
    expectValid(
      oneSession(
        "America/New_York",
        "2021-11-07",
        "2021-11-07T01:30:00-04:00",
        "2021-11-07T01:30:00-05:00",
      ),
    );
  });

  it("checks a session's own zone, not the convening's", () => {
    const doc = oneSession(
      "America/New_York",
      "2021-03-23",
      "2021-03-23T15:20:00Z",
      "2021-03-23T16:05:00Z",
      {
        timeZone: "Europe/London",
      },
    );
    expectValid(doc);
    doc.sessions = [
      {
        ...(doc.sessions as object[])[0],
        start: "2021-03-23T15:20:00+01:00",
        end: "2021-03-23T16:05:00+01:00",
      },
    ];
    expectIssue(doc, "offset_mismatch", ["sessions", 0, "start"], "Europe/London is at +00:00");
  });

  it("accepts Z wherever the zone is at UTC", () => {
    expectValid(
      oneSession("Europe/London", "2021-01-12", "2021-01-12T10:00:00Z", "2021-01-12T11:00:00.000Z"),
    );
  });

  it("handles quarter- and half-hour zones: Kathmandu +05:45, Chatham +13:45, Lord Howe's half-hour DST", () => {
    expectValid(
      oneSession(
        "Asia/Kathmandu",
        "2022-05-10",
        "2022-05-10T09:00:00+05:45",
        "2022-05-10T10:00:00+05:45",
      ),
    );
    expectValid(
      oneSession(
        "Pacific/Chatham",
        "2022-01-10",
        "2022-01-10T09:00:00+13:45",
        "2022-01-10T10:00:00+13:45",
      ),
    );
    expectValid(
      oneSession(
        "Australia/Lord_Howe",
        "2022-01-10",
        "2022-01-10T09:00:00+11:00",
        "2022-01-10T10:00:00+11:00",
      ),
    );
    expectValid(
      oneSession(
        "Australia/Lord_Howe",
        "2022-07-10",
        "2022-07-10T09:00:00+10:30",
        "2022-07-10T10:00:00+10:30",
      ),
    );
    expectIssue(
      oneSession(
        "Asia/Kathmandu",
        "2022-05-10",
        "2022-05-10T09:00:00+05:30",
        "2022-05-10T10:00:00+05:45",
      ),
      "offset_mismatch",
      ["sessions", 0, "start"],
      "Asia/Kathmandu is at +05:45",
    );
  });

  it("reports both ends when both slip", () => {
    const doc = oneSession(
      "America/New_York",
      "2021-07-01",
      "2021-07-01T10:00:00-05:00",
      "2021-07-01T11:00:00-05:00",
    );
    expect(issuesOf(doc).map((i) => i.path.join("."))).toEqual([
      "sessions.0.start",
      "sessions.0.end",
    ]);
  });
});

describe("sessions inside the convening's dates", () => {
  const frame = { ...workshops(), sessions: [] as object[] };
  const at = (start: string, end: string, extra: object = {}) => ({
    ...frame,
    sessions: [{ id: "s", title: "S", start, end, ...extra }],
  });

  it("accepts sessions from the first minute of the first day", () => {
    expectValid(at("2021-03-23T00:00:00-04:00", "2021-03-23T01:00:00-04:00"));
  });

  it("accepts a session ending at midnight after the last day", () => {
    expectValid(at("2021-03-24T23:00:00-04:00", "2021-03-25T00:00:00-04:00"));
  });

  it("reports a session that runs past midnight after the last day", () => {
    const issue = expectIssue(
      at("2021-03-24T23:30:00-04:00", "2021-03-25T00:30:00-04:00"),
      "outside_convening",
      ["sessions", 0, "start"],
      '"2021-03-24T23:30:00-04:00"',
    );
    expect(issue.message).toContain("2021-03-24 to 2021-03-25 in America/New_York");
  });

  it("reports a session the day before", () => {
    expectIssue(
      at("2021-03-22T23:00:00-04:00", "2021-03-22T23:45:00-04:00"),
      "outside_convening",
      ["sessions", 0, "start"],
      "2021-03-22",
    );
  });

  it("reads the dates in the convening's zone, not the session's", () => {
    // 02:00 on the 23rd in London is still the 22nd in New York.
    const early = at("2021-03-23T02:00:00Z", "2021-03-23T03:00:00Z", { timeZone: "Europe/London" });
    expectIssue(
      early,
      "outside_convening",
      ["sessions", 0, "start"],
      "2021-03-22 in America/New_York",
    );
    // 03:00 on the 25th in London is still the 24th in New York.
    expectValid(at("2021-03-25T02:00:00Z", "2021-03-25T03:00:00Z", { timeZone: "Europe/London" }));
  });

  it("does not depend on the machine's zone", () => {
    // The suite runs under TZ=UTC and TZ=Pacific/Chatham; this document sits on a date line
    // for both, and the answer must not move.
    const doc = at("2021-03-24T20:00:00-04:00", "2021-03-24T23:59:00-04:00");
    expect(parseConvening(doc).sessions).toHaveLength(1);
  });
});
