/** The window recurrences are expanded in, ISO UTC. */
export interface Window {
  readonly from: string;
  readonly to: string;
}

/** One VEVENT as a reader understood it: instants as UTC ISO strings, text unescaped. */
export interface ReadEvent {
  props: string[];
  uid: string | null;
  recurrenceId: string | null;
  start: string | null;
  /** Python icalendar only: DTSTART read through pytz's zone of the same name, not the VTIMEZONE. */
  startTzdb?: string | null;
  end: string | null;
  tzid: string | null;
  summary: string | null;
  description: string | null;
  location: string | null;
  categories: string[];
  status: string | null;
  sequence: number | null;
  stamp?: string | null;
  url: string | null;
  geo?: [number, number] | null;
  organizer: { cn: string | null; address: string } | null;
  attendees: { cn: string | null; address: string; role: string | null; partstat: string | null }[];
  conferences?: { uri: string; label: string | null; feature: string | null }[];
  alarms?: string[];
  occurrences: string[] | null;
}

/** A calendar as a reader understood it. */
export interface ReadCalendar {
  method: string | null;
  name: string | null;
  calname: string | null;
  refresh: string | null;
  ttl: string | null;
  url: string | null;
  zones: string[];
  /** libical's X-LIC-ERROR texts (parse errors and the iTIP restrictions of the METHOD). */
  errors: string[];
  events: ReadEvent[];
  /** Set when the reader threw. */
  crash?: string;
}

/** One VEVENT as ruby-icalendar understood it: its identity and instants only. */
export interface RubyEvent {
  uid: string | null;
  recurrenceId: string | null;
  start: string | null;
  end: string | null;
}

/** A calendar as ruby-icalendar understood it (no recurrence expansion: it has no iterator). */
export interface RubyCalendar {
  events: RubyEvent[];
  /** Set when the reader threw. */
  crash?: string;
}

/**
 * The readers' views of one calendar: the three full readers, and ruby-icalendar's instants (it
 * reads TZID times through the file's VTIMEZONE, and Debian 12's 2.8 is strict about it).
 */
export interface ThreeReadings {
  icaljs: ReadCalendar;
  icalendar: ReadCalendar;
  libical: ReadCalendar;
  ruby: RubyCalendar;
}
