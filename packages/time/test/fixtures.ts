import type { MeetingParticipant } from "../src/index.js";

/**
 * An exploratory committee like the seed's (19 people who "meet virtually in a series of calls"),
 * spread from Honolulu to Auckland.
 */
export const committee: MeetingParticipant[] = [
  { id: "keala", timeZone: "Pacific/Honolulu" },
  { id: "dirk", timeZone: "America/Los_Angeles" },
  { id: "ximena", timeZone: "America/Mexico_City" },
  { id: "bonnie", timeZone: "America/Chicago" },
  { id: "cheryl", timeZone: "America/New_York" },
  { id: "lucia", timeZone: "America/Bogota" },
  { id: "ana", timeZone: "America/Sao_Paulo" },
  { id: "christelle", timeZone: "Europe/Amsterdam" },
  { id: "jean", timeZone: "Europe/London" },
  { id: "aminata", timeZone: "Africa/Dakar" },
  { id: "ngozi", timeZone: "Africa/Lagos" },
  { id: "nour", timeZone: "Africa/Cairo" },
  { id: "wanjiru", timeZone: "Africa/Nairobi" },
  { id: "farah", timeZone: "Asia/Riyadh" },
  { id: "annie", timeZone: "Asia/Kolkata" },
  { id: "konok", timeZone: "Asia/Dhaka" },
  { id: "linh", timeZone: "Asia/Ho_Chi_Minh" },
  { id: "mei", timeZone: "Australia/Sydney" },
  { id: "aroha", timeZone: "Pacific/Auckland" },
];
