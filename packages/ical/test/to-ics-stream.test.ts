import { type Convening, parseConvening } from "@convening/schema";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ConveningEvent } from "../src/convening-event.js";
import {
  type CalendarOptions,
  CalendarOptionsError,
  DuplicateUidError,
  InvitationError,
  NotParsedError,
  toCalendar,
  toICS,
  toICSStream,
} from "../src/index.js";
import { committee, FIXTURES, workshops } from "./fixtures/convenings.js";
import { sampleConvenings } from "./helpers/expectations.js";

const PRIVATE: CalendarOptions = {
  audience: "private",
  includeAttendees: true,
  organizer: { name: "Programme team", email: "programme@example.org" },
  alarms: [15],
};

/** Every byte of a stream, and how many chunks carried them. */
async function drain(
  stream: ReadableStream<Uint8Array>,
): Promise<{ bytes: Uint8Array; chunks: number }> {
  const parts: Uint8Array[] = [];
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) {
    expect(chunk).toBeInstanceOf(Uint8Array);
    parts.push(chunk);
  }
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    bytes.set(p, at);
    at += p.length;
  }
  return { bytes, chunks: parts.length };
}

/** The golden cases, the sample data, invitations and a feed of several convenings. */
function cases(): {
  label: string;
  convening: Convening | Convening[];
  options: CalendarOptions;
}[] {
  const out: { label: string; convening: Convening | Convening[]; options: CalendarOptions }[] = [];
  for (const [name, make] of Object.entries(FIXTURES)) {
    out.push({ label: `${name} (public)`, convening: parseConvening(make()), options: {} });
    out.push({ label: `${name} (private)`, convening: parseConvening(make()), options: PRIVATE });
  }
  for (const { name, doc } of sampleConvenings()) {
    out.push({ label: `examples/data/${name}`, convening: parseConvening(doc), options: {} });
  }
  out.push(
    {
      label: "REQUEST for the committee",
      convening: parseConvening(committee()),
      options: { ...PRIVATE, method: "REQUEST" },
    },
    {
      label: "CANCEL of one workshop",
      convening: parseConvening(workshops()),
      options: { ...PRIVATE, method: "CANCEL", only: ["power-of-a-story"] },
    },
    {
      label: "a feed of two convenings in French",
      convening: [parseConvening(workshops()), parseConvening(committee())],
      options: { language: "fr", refreshInterval: 60 },
    },
  );
  return out;
}

/** A convening of `n` sessions, each a copy of the workshops' first with its own id. */
function manySessions(n: number): Convening {
  const doc = workshops() as { sessions: { id: string }[] };
  const first = doc.sessions[0]!;
  doc.sessions = Array.from({ length: n }, (_, i) => ({ ...first, id: `copy-${i}` }));
  return parseConvening(doc);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("toICSStream", () => {
  it("writes the bytes of toICS, which are those of toCalendar(…).toString(), for every case", async () => {
    const encoder = new TextEncoder();
    for (const { label, convening, options } of cases()) {
      const text = toICS(convening, options);
      expect(text, label).toBe(toCalendar(convening, options).toString());
      const { bytes } = await drain(toICSStream(convening, options));
      expect(new TextDecoder().decode(bytes), label).toBe(text);
      expect(bytes, label).toEqual(encoder.encode(text));
    }
  });

  it("splits a large calendar into chunks of whole events, VTIMEZONEs first", async () => {
    const convening = manySessions(600);
    const decoder = new TextDecoder();
    const reader = toICSStream(convening).getReader();
    const chunks: string[] = [];
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(decoder.decode(value));
    }
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks[0]).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*END:VTIMEZONE\r\nBEGIN:VEVENT\r\n/);
    for (const chunk of chunks.slice(0, -1)) expect(chunk).toMatch(/END:VEVENT\r\n$/);
    expect(chunks.at(-1)).toMatch(/END:VEVENT\r\nEND:VCALENDAR\r\n$/);
    expect(chunks.join("")).toBe(toICS(convening));
  });

  it("writes events only as they are read, and stops when the reader cancels", async () => {
    const convening = manySessions(600);
    const written = vi.spyOn(ConveningEvent.prototype, "toString");
    const stream = toICSStream(convening);
    const reader = stream.getReader();
    await reader.read();
    const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
    await settle();
    // The chunk read, and the one the stream's queue holds ahead of the reader: not all 600.
    const afterOneRead = written.mock.calls.length;
    expect(afterOneRead).toBeGreaterThan(0);
    expect(afterOneRead).toBeLessThan(300);
    await settle();
    expect(written.mock.calls.length).toBe(afterOneRead);
    await reader.cancel();
    expect(written.mock.calls.length).toBe(afterOneRead);
    expect((await reader.read()).done).toBe(true);
  });

  it("throws the errors of toICS from the call, before there is a stream to read", () => {
    const convening = parseConvening(workshops());
    expect(() => toICSStream(workshops() as never)).toThrow(NotParsedError);
    expect(() => toICSStream(workshops() as never)).toThrow(/toICSStream/);
    expect(() => toICSStream(convening, { domain: "not a host" })).toThrow(CalendarOptionsError);
    expect(() => toICSStream(convening, { method: "REQUEST" })).toThrow(InvitationError);
    const copy = parseConvening({ ...workshops(), id: "another-convening" });
    expect(() => toICSStream([convening, copy])).toThrow(DuplicateUidError);
  });

  it("throws the same error toICS throws when a calendar has two problems", () => {
    // A UID clash and an invitation nobody receives: the UID clash comes first, as in toICS.
    const one = parseConvening(workshops());
    const copy = parseConvening({ ...workshops(), id: "another-convening" });
    const options: CalendarOptions = { method: "REQUEST", organizer: PRIVATE.organizer! };
    const error = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e;
      }
      return undefined;
    };
    const fromText = error(() => toICS([one, copy], options));
    expect(fromText).toBeInstanceOf(DuplicateUidError);
    expect(error(() => toICSStream([one, copy], options))).toEqual(fromText);
  });
});
