#!/usr/bin/ruby
# Reads iCalendar text with Debian's ruby-icalendar (2.8 in Debian 12, on ice_cube) and prints the
# instants it understood.
#
# Input (stdin): JSON {"calendars": [ics, ...]}.
# Output (stdout): JSON [Calendar, ...], one per input, where Calendar is {"events": [Event]} or
# {"crash": "Class: message"} when the reader raised, and Event is {uid, recurrenceId, start, end}
# with instants as UTC ISO strings ("2021-03-23T15:20:00Z").
#
# Without ActiveSupport (Debian does not pull it in), ruby-icalendar reads a TZID'd time through
# the file's own VTIMEZONE: Timezone#offset_for_local asks every STANDARD and DAYLIGHT observance
# for its last onset before the time and compares them. In 2.8 an observance with no onset before
# the time gives nil to that comparison ("comparison of IceCube::Occurrence with nil failed").
# Recurrences are not expanded: ruby-icalendar has no iterator of its own.

require "json"
require "stringio" # icalendar 2.8's parser uses StringIO without requiring it
require "icalendar"

def instant(value)
  return nil if value.nil?
  # A DATE has no instant; it is printed as written.
  return value.strftime("%Y-%m-%d") if value.is_a?(::Date) && !value.is_a?(::DateTime)
  value.to_time.utc.strftime("%Y-%m-%dT%H:%M:%SZ")
end

def read(ics)
  calendar = Icalendar::Calendar.parse(ics).first
  events = calendar.events.map do |event|
    {
      "uid" => event.uid&.to_s,
      "recurrenceId" => instant(event.recurrence_id),
      "start" => instant(event.dtstart),
      "end" => instant(event.dtend),
    }
  end
  { "events" => events }
rescue StandardError => error # a reader that cannot read the file is a finding, not a crash
  { "crash" => "#{error.class}: #{error.message.lines.first&.strip}" }
end

request = JSON.parse($stdin.read)
$stdout.write(JSON.generate(request["calendars"].map { |ics| read(ics) }))
