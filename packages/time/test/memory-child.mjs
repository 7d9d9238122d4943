// Run by memory.test.ts in its own `node --expose-gc` process: drives one workload with
// thousands of distinct locales, availability patterns or zone spellings through a build of the
// package and prints how much memory stayed behind, as JSON on stdout.
//
//   node --expose-gc memory-child.mjs <bundle.js> <workload> [count]
//
// Intl formatters keep their data in ICU's native memory, which V8 neither sees in heapUsed nor
// counts towards collecting: formatters that are already garbage pile up by the hundred
// megabytes until some other allocation triggers a collection. The workloads therefore collect
// every 250 calls, so what is measured is what the package's caches hold, not what the
// collector has yet to free; `rss` carries the native part, `heapUsed + external` the JS part
// (`external` holds the meeting-cost profiles' typed arrays).

const [bundle, workload] = process.argv.slice(2);
const api = await import(bundle);

const LOCALE_BASES = ["en-US", "en-GB", "fr-FR", "de-DE", "es-MX", "sw-KE", "hi-IN", "ja-JP"];
/** A distinct, valid BCP 47 tag: a base, a numbering system and a private-use subtag. */
const localeOf = (i) =>
  `${LOCALE_BASES[i % 8]}-u-nu-${i % 3 === 0 ? "arab" : "latn"}-x-m${i.toString(36)}`;

const start = "2021-03-23T11:20:00-04:00";
const end = "2021-03-23T12:05:00-04:00";
const convening = api.parseConvening({
  id: "memory",
  title: "Memory",
  timeZone: "America/New_York",
  startDate: "2021-03-22",
  endDate: "2021-03-24",
  sessions: [{ id: "panel", title: "Panel", start, end }],
});

/** A distinct weekly window for each i below 3,080: a day, a start quarter hour, a length. */
function windowOf(i) {
  const day = ["mo", "tu", "we", "th", "fr", "sa", "su"][i % 7];
  const quarter = Math.floor(i / 7) % 88;
  const hhmm = (q) =>
    `${String(Math.floor(q / 4)).padStart(2, "0")}:${String((q % 4) * 15).padStart(2, "0")}`;
  // Past midnight wraps: an end before the start runs into the next day.
  return { day, start: hhmm(quarter), end: hhmm((quarter + 8 + Math.floor(i / 616)) % 96) };
}

/** America/New_York with its 14 letters capitalised by the bits of `i`. */
function spelling(i) {
  let k = 0;
  return [..."America/New_York"]
    .map((c) => (/[a-z]/i.test(c) ? ((i >> k++) & 1 ? c.toUpperCase() : c.toLowerCase()) : c))
    .join("");
}

const workloads = {
  /**
   * 20,000 locales, each through formatRange, formatInZones and buildAgenda in style "locale":
   * every one of them needs a formatter for the locale (the time, in one zone, shared by the
   * three) and buildAgenda a heading formatter too.
   */
  locales: {
    count: 20_000,
    run(i) {
      const options = { style: "locale", locale: localeOf(i) };
      api.formatRange(start, end, "America/New_York", options);
      api.formatInZones(start, end, ["America/New_York"], options);
      api.buildAgenda(convening, options);
    },
  },
  /** findMeetingTimes, 3,000 availability patterns. */
  meetings: {
    count: 3_000,
    run(i) {
      api.findMeetingTimes({
        participants: [
          { id: "a", timeZone: "Europe/London", availability: [windowOf(i)] },
          { id: "b", timeZone: "Asia/Tokyo" },
        ],
        duration: 60,
        from: "2021-07-26T00:00:00Z",
        to: "2021-07-27T00:00:00Z",
        step: 60,
        limit: 1,
      });
    },
  },
  /**
   * One convening of 20,000 sessions, each naming America/New_York spelt differently, then a
   * line in each spelling. Nothing collects during the parse, so here the peak tells.
   */
  spellings: {
    count: 1,
    // The warm-up (i = 0) is one session and one line: the peak must come from the run itself.
    run(i) {
      const sessions = i === 0 ? 1 : 20_000;
      api.parseConvening({
        ...convening,
        sessions: Array.from({ length: sessions }, (_, k) => ({
          id: `s${k}`,
          title: "Session",
          start,
          end,
          timeZone: spelling(k),
        })),
      });
      for (let k = 0; k < sessions; k++) api.formatRange(start, end, spelling(k));
    },
  },
};

function settle() {
  globalThis.gc();
  globalThis.gc();
  const { heapUsed, external, rss } = process.memoryUsage();
  return { heapUsed, external, rss };
}

const { run } = workloads[workload];
const count = Number(process.argv[4] ?? workloads[workload].count);
// Once before measuring: module-level tables every call needs (tzdata's zone names, the
// offset tables of these zones) are the package's fixed cost, not growth.
run(0);
const before = settle();
for (let i = 1; i <= count; i++) {
  run(i);
  if (i % 250 === 0) globalThis.gc();
}
const after = settle();
const mb = (bytes) => Math.round((bytes / 1e6) * 10) / 10;
console.log(
  JSON.stringify({
    workload,
    count,
    heapMB: mb(after.heapUsed + after.external - before.heapUsed - before.external),
    rssMB: mb(after.rss - before.rss),
    // resourceUsage's maxRSS is in kilobytes.
    peakMB: mb(process.resourceUsage().maxRSS * 1024 - before.rss),
  }),
);
