/**
 * The series a directory keeps (a working group's monthly call, not owned by any convening) as a
 * convening document, because `toICS` renders convenings. Nothing of the wrapper itself reaches a
 * feed except its id, which becomes the UID domain (`peer-learning-circle-calls@<id>`), and its
 * description: each feed names itself and selects its events with `only`.
 *
 * @param {string} id The directory's file name: stable, so the UIDs stay stable.
 * @param {{ series?: unknown[] }} json The directory as written; its series are passed on as
 *   written and validated again with the wrapper.
 * @param {import("@convening/schema").Directory} directory The same directory, parsed.
 */
export function directorySeriesConvening(id, json, directory) {
  const firstDates = directory.series.map((s) => s.firstDate).sort();
  return {
    id,
    title: "Network calls",
    description: "The recurring calls of the network's groups.",
    // Only a frame for validation: each series carries its own zone, and a calendar never writes
    // the convening's zone or dates.
    timeZone: "UTC",
    startDate: firstDates[0],
    endDate: firstDates[firstDates.length - 1],
    series: json.series,
  };
}
