// An iCalendar event (RFC 5545) to attach to a message: the jury convocation's slot and place.
// Lines end with CRLF and are folded at 75 octets (never inside a UTF-8 character); text values
// escape backslash, semicolon, comma and line breaks; the times are written in UTC (a local
// Paris time is converted with its offset on that day), so no VTIMEZONE is needed.

export interface CalendarEvent {
  /** Globally unique and stable: the same event sent again updates it in the calendar. */
  uid: string;
  /** When this version of the event was made (DTSTAMP). */
  stamp: Date;
  /** Revision of the event: a changed slot is a higher one. */
  sequence: number;
  /** The day and times, Paris time (YYYY-MM-DD, HH:MM). */
  date: string;
  start: string;
  end: string;
  summary: string;
  location?: string;
  description?: string;
  url?: string;
}

const TIME_ZONE = 'Europe/Paris';

/** The offset of Paris from UTC at an instant, in milliseconds. */
function parisOffset(instant: number): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const n = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
  return asUtc - instant;
}

/** A Paris wall-clock time as the instant it is. */
export function parisTime(date: string, time: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = time.split(':').map(Number);
  const wall = Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1, hh ?? 0, mm ?? 0);
  // The offset at the guess, then at the result: right on both sides of a change of hour.
  const first = wall - parisOffset(wall);
  return new Date(wall - parisOffset(first));
}

const utc = (date: Date) => `${date.toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;

/** A TEXT value: backslash, semicolon and comma escaped, line breaks as \n. */
export function escapeText(value: string): string {
  return value
    .replaceAll('\\', '\\\\')
    .replaceAll(';', '\\;')
    .replaceAll(',', '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[\p{Cc}]/gu, ' ');
}

/** A content line folded at 75 octets, continuation lines starting with one space. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    // The first line holds 75 octets; each continuation 74 after its leading space.
    if (octets + size > (out.length === 0 ? 75 : 74)) {
      out.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

export function calendarOf(event: CalendarEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Certeval//Certeval//FR',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utc(event.stamp)}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTART:${utc(parisTime(event.date, event.start))}`,
    `DTEND:${utc(parisTime(event.date, event.end))}`,
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    ...(event.url ? [`URL:${event.url.replace(/[\r\n]/g, '')}`] : []),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
