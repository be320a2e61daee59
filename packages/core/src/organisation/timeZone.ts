// The calendar day of an instant where an organisation works. A certifier decides and issues
// by its own day (issue 14: a decision is signed on or after the day its jury meets, a document
// never dated before its decision): Europe/Paris, unless the organisation names its own zone.

/** The zone of a certifier that names none: the certifications Certeval carries are French. */
export const DEFAULT_TIME_ZONE = 'Europe/Paris';

/** Whether `zone` is an IANA time zone this runtime knows. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The organisation's own zone when it names a known one, else Europe/Paris. */
export function timeZoneOf(organisation: { timeZone?: string | null }): string {
  const zone = organisation.timeZone?.trim();
  return zone && isTimeZone(zone) ? zone : DEFAULT_TIME_ZONE;
}

/** YYYY-MM-DD: the day `instant` falls on in `timeZone`. */
export function dayIn(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
