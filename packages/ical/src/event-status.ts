import type { Convening, SessionStatus } from "@convening/schema";
// Type-only: calendarLinks reaches this module for the status note and must not load
// ical-generator. ICalEventStatus is a string enum whose values are the RFC 5545 §3.8.1.11 names.
import type { ICalEventStatus } from "ical-generator";
import type { CalendarMethod } from "./calendar-options.js";

/** The STATUS of an event and the sentence its DESCRIPTION opens with, if any. */
export interface EventStatus {
  readonly status: ICalEventStatus;
  readonly note: string | undefined;
}

type AnyStatus = SessionStatus | Convening["status"];

const CONFIRMED = "CONFIRMED" as ICalEventStatus;
const TENTATIVE = "TENTATIVE" as ICalEventStatus;
const CANCELLED = "CANCELLED" as ICalEventStatus;

const BY_STATUS: Readonly<Record<AnyStatus, EventStatus>> = {
  scheduled: { status: CONFIRMED, note: undefined },
  tentative: { status: TENTATIVE, note: undefined },
  cancelled: { status: CANCELLED, note: "Cancelled." },
  // Postponed means it will not happen at the time given: clients mark it off (and bring it back
  // when the organisers give new times, raise the sequence and set it to rescheduled).
  postponed: { status: CANCELLED, note: "Postponed: new dates will be announced." },
  rescheduled: { status: CONFIRMED, note: "Rescheduled: these are the new times." },
  "moved-online": { status: CONFIRMED, note: "Moved online." },
};

/**
 * The status of one event: a cancelled or postponed convening calls off every session, a CANCEL
 * message cancels everything it carries (RFC 5546 §3.2.5), otherwise the session's own status
 * counts, and a convening that was rescheduled or moved online says so on sessions that are
 * simply scheduled.
 */
export function eventStatus(
  own: AnyStatus,
  convening: Convening["status"],
  method: CalendarMethod,
): EventStatus {
  if (convening === "cancelled" || convening === "postponed") return BY_STATUS[convening];
  const status = own === "scheduled" ? BY_STATUS[convening] : BY_STATUS[own];
  if (method === "CANCEL" && status.status !== CANCELLED) return BY_STATUS.cancelled;
  return status;
}
