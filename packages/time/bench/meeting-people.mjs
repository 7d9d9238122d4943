// The committee both meeting-time benchmarks use: 300 people in 30 zones, each with their own
// weekend, four in five required, weights 1 to 3; a 60-minute call over one week at 15-minute steps.

export const MEETING_ZONES = [
  "Pacific/Honolulu",
  "America/Anchorage",
  "America/Los_Angeles",
  "America/Denver",
  "America/Mexico_City",
  "America/Chicago",
  "America/New_York",
  "America/Bogota",
  "America/Sao_Paulo",
  "America/Argentina/Buenos_Aires",
  "Atlantic/Azores",
  "Europe/London",
  "Africa/Lagos",
  "Europe/Berlin",
  "Africa/Johannesburg",
  "Africa/Cairo",
  "Africa/Nairobi",
  "Asia/Riyadh",
  "Asia/Tehran",
  "Asia/Dubai",
  "Asia/Karachi",
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "Asia/Dhaka",
  "Asia/Bangkok",
  "Asia/Shanghai",
  "Asia/Tokyo",
  "Australia/Adelaide",
  "Australia/Sydney",
  "Pacific/Auckland",
];
const FRI_SAT = new Set(["Africa/Cairo", "Asia/Riyadh", "Asia/Dhaka"]);
const THU_FRI = new Set(["Asia/Tehran"]);
export const people = Array.from({ length: 300 }, (_, i) => {
  const timeZone = MEETING_ZONES[i % 30];
  const weekend = FRI_SAT.has(timeZone)
    ? ["fr", "sa"]
    : THU_FRI.has(timeZone)
      ? ["th", "fr"]
      : ["sa", "su"];
  return { id: `p${i}`, timeZone, weekend, required: i % 5 !== 0, weight: 1 + (i % 3) };
});
export const meeting = {
  participants: people,
  duration: 60,
  from: "2021-07-26T00:00:00Z",
  to: "2021-08-02T00:00:00Z",
  step: 15,
  limit: 10,
};
