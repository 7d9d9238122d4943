import { type ConveningInput, parseConvening } from "@convening/schema";
import { describe, expect, it } from "vitest";
import {
  isSequenceNotRaisedError,
  SequenceNotRaisedError,
  type UpdateBatch,
  updateMessages,
} from "../src/index.js";
import { workshops } from "./fixtures/convenings.js";
import { attendeeLines, unfold, value } from "./helpers/ics-text.js";
import { BASE } from "./helpers/options.js";
import { readWithIcalJs } from "./readers/read-icaljs.js";
import { readWithPython } from "./readers/read-imip.js";

const before = parseConvening(workshops());

async function update(change: (doc: ConveningInput) => void): Promise<UpdateBatch> {
  const doc = workshops();
  change(doc);
  return updateMessages(before, parseConvening(doc), BASE);
}

const summary = (batch: UpdateBatch) =>
  batch.messages.map((m) => `${m.method} ${m.kind} ${m.target} ${m.memberId} seq=${m.sequence}`);

function expectItipValid(batch: UpdateBatch) {
  const { calendars } = readWithPython({ calendars: batch.messages.map((m) => m.ics) });
  batch.messages.forEach((m, i) => {
    expect(calendars[i]!.libical.errors, `${m.method} ${m.target} ${m.memberId}`).toEqual([]);
    expect(calendars[i]!.libical.method).toBe(m.method);
    expect(calendars[i]!.icalendar.crash).toBeUndefined();
    expect(readWithIcalJs(m.ics).events[0]!.uid).toBe(m.uid);
  });
}

describe("updateMessages", () => {
  it("sends nothing when nothing changed, and lists who gets nothing", async () => {
    const batch = await update(() => {});
    expect(batch.messages).toEqual([]);
    expect(batch.unchanged).toEqual([
      { memberId: "amina", target: "power-of-a-story" },
      { memberId: "rahul", target: "power-of-a-story" },
      { memberId: "rahul", target: "bridging-the-gap" },
    ]);
  });

  it("sends a moved session again, with the higher SEQUENCE, to everyone registered for it", async () => {
    const batch = await update((doc) => {
      const s = doc.sessions![0]!;
      s.start = "2021-03-23T12:20:00-04:00";
      s.end = "2021-03-23T13:05:00-04:00";
      s.sequence = 1;
    });
    expect(summary(batch)).toEqual([
      "REQUEST update power-of-a-story amina seq=1",
      "REQUEST update power-of-a-story rahul seq=1",
    ]);
    expect(batch.unchanged).toEqual([{ memberId: "rahul", target: "bridging-the-gap" }]);
    expect(batch.messages[0]!.message.subject).toMatch(/^Updated invitation: The Power of a Story/);
    expect(value(batch.messages[0]!.ics, "DTSTART;TZID=America/New_York")).toBe("20210323T122000");
    expectItipValid(batch);
  });

  it("counts the convening's own sequence: raising it raises every event's", async () => {
    const batch = await update((doc) => {
      doc.sessions![0]!.title = "The Power of Stories";
      doc.sequence = 1;
    });
    expect(summary(batch)).toEqual([
      "REQUEST update power-of-a-story amina seq=1",
      "REQUEST update power-of-a-story rahul seq=1",
      "REQUEST update bridging-the-gap rahul seq=2",
    ]);
  });

  it("refuses a change whose sequence did not grow, naming the session and the fields", async () => {
    const attempt = update((doc) => {
      doc.sessions![0]!.start = "2021-03-23T12:20:00-04:00";
      doc.sessions![0]!.end = "2021-03-23T13:05:00-04:00";
    });
    await expect(attempt).rejects.toThrow(SequenceNotRaisedError);
    await attempt.catch((error: unknown) => {
      expect(isSequenceNotRaisedError(error) && error.code).toBe("sequence_not_raised");
      const e = error as SequenceNotRaisedError;
      expect(e.path).toEqual(["after", "sessions", 0]);
      expect(e.value).toBe("power-of-a-story");
      expect(e.fields).toEqual(["start", "end"]);
      expect(e.sequences).toEqual({ before: 0, after: 0 });
      expect(e.message).toContain("start, end changed but its sequence stayed at 0");
    });
  });

  it("refuses a sequence that went down, and counts a changed room as a change", async () => {
    const lowered = update((doc) => {
      doc.sessions![1]!.sequence = 0;
    });
    await expect(lowered).rejects.toThrow(/went down from 1 to 0/);
    const attempt = update((doc) => {
      (doc.venues![0] as { url: string }).url = "https://zoom.example.org/j/222";
    });
    await expect(attempt).rejects.toMatchObject({ fields: ["venue"], value: "power-of-a-story" });
  });

  it("invites a new registrant only, and cancels for a registrant who left, naming only them", async () => {
    const batch = await update((doc) => {
      doc.registrations![0]!.status = "cancelled"; // amina leaves
      doc.registrations![2]!.status = "registered"; // tevita is off the waitlist
    });
    expect(summary(batch)).toEqual([
      "REQUEST invitation power-of-a-story tevita seq=0",
      "CANCEL cancellation power-of-a-story amina seq=0",
    ]);
    const cancel = batch.messages[1]!;
    expect(attendeeLines(cancel.ics)).toHaveLength(1);
    expect(attendeeLines(cancel.ics)[0]).toContain("MAILTO:amina@example.org");
    expect(Buffer.from(cancel.raw).toString()).not.toContain("tevita@example.org");
    expect(value(cancel.ics, "METHOD")).toBe("CANCEL");
    expect(cancel.message.subject).toMatch(/^Cancelled: The Power of a Story/);
    expect(batch.unchanged).toEqual([
      { memberId: "rahul", target: "power-of-a-story" },
      { memberId: "rahul", target: "bridging-the-gap" },
    ]);
    expectItipValid(batch);
  });

  it("cancels a cancelled session for everyone who had it, with its raised SEQUENCE", async () => {
    const batch = await update((doc) => {
      doc.sessions![0]!.status = "cancelled";
      doc.sessions![0]!.sequence = 1;
    });
    expect(summary(batch)).toEqual([
      "CANCEL cancellation power-of-a-story amina seq=1",
      "CANCEL cancellation power-of-a-story rahul seq=1",
    ]);
    expect(unfold(batch.messages[0]!.ics)).toContain("STATUS:CANCELLED");
    expectItipValid(batch);
  });

  it("cancels a removed session with its last SEQUENCE, and invites to a new one", async () => {
    const batch = await update((doc) => {
      const removed = doc.sessions!.splice(1, 1)[0]!;
      doc.sessions!.push({
        ...removed,
        id: "closing-circle",
        title: "Closing circle",
        sequence: 0,
      });
    });
    expect(summary(batch)).toEqual([
      "REQUEST invitation closing-circle rahul seq=0",
      "CANCEL cancellation bridging-the-gap rahul seq=1",
    ]);
    expectItipValid(batch);
  });

  it("refuses two convenings that are not versions of one", async () => {
    const other = workshops();
    other.id = "another-convening";
    other.registrations = [];
    await expect(updateMessages(before, parseConvening(other), BASE)).rejects.toThrow(
      /not the id of the earlier version/,
    );
  });
});
