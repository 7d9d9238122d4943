import type { Convening, SessionStatus } from "@convening/schema";
import { ICalEventStatus } from "ical-generator";
import type { CalendarMethod } from "./calendar-options.js";

/** The STATUS of an event and the sentence its DESCRIPTION opens with, if any. */
export interface EventStatus {
  readonly status: ICalEventStatus;
  readonly note: string | undefined;
}

type AnyStatus = SessionStatus | Convening["status"];

const BY_STATUS: Readonly<Record<AnyStatus, EventStatus>> = {
  scheduled: { status: ICalEventStatus.CONFIRMED, note: undefined },
  tentative: { status: ICalEventStatus.TENTATIVE, note: undefined },
  cancelled: { status: ICalEventStatus.CANCELLED, note: "Cancelled." },
  // Postponed means it will not happen at the time given: clients mark it off (and bring it back
  // when the organisers give new times, raise the sequence and set it to rescheduled).
  postponed: { status: ICalEventStatus.CANCELLED, note: "Postponed: new dates will be announced." },
  rescheduled: { status: ICalEventStatus.CONFIRMED, note: "Rescheduled: these are the new times." },
  "moved-online": { status: ICalEventStatus.CONFIRMED, note: "Moved online." },
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
  if (method === "CANCEL" && status.status !== ICalEventStatus.CANCELLED)
    return BY_STATUS.cancelled;
  return status;
}
