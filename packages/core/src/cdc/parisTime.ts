// Days and times as a French certifier reads them (Europe/Paris): the declaration's timestamp
// carries its offset (`horodatage`, e.g. 2026-12-07T10:00:00+01:00), and a period of days
// runs from Paris midnight to Paris midnight. Intl computes; nothing is read from the machine.

const offsets = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Paris',
  timeZoneName: 'longOffset',
});

/** Minutes Paris is ahead of UTC at `at` (60 in winter, 120 in summer). */
function parisOffsetMinutes(at: Date): number {
  const name = offsets.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? '';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

const twoDigits = (n: number) => String(n).padStart(2, '0');

/** `at` in Paris time with its offset, to the second: 2026-12-07T10:00:00+01:00. */
export function parisTimestamp(at: Date): string {
  const offset = parisOffsetMinutes(at);
  const local = new Date(at.getTime() + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local}${sign}${twoDigits(Math.floor(abs / 60))}:${twoDigits(abs % 60)}`;
}

/** The instant a Paris day (YYYY-MM-DD) begins. */
export function parisDayStart(day: string): Date {
  const utcMidnight = Date.parse(`${day}T00:00:00Z`);
  const first = utcMidnight - parisOffsetMinutes(new Date(utcMidnight)) * 60_000;
  // Clocks change at night, never at midnight: one correction settles it.
  return new Date(utcMidnight - parisOffsetMinutes(new Date(first)) * 60_000);
}

/** The Paris day after `day`. */
export function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** The Paris day of an instant. */
export function parisDay(at: Date): string {
  return parisTimestamp(at).slice(0, 10);
}

/**
 * The period a declaration proposes first: from the 1st of January to today, in Paris days —
 * the days documents are issued on. A browser's UTC day lags an hour or two behind Paris at
 * night, and would leave out what was issued since Paris's midnight.
 */
export function yearToDate(at: Date): { from: string; to: string } {
  const to = parisDay(at);
  return { from: `${to.slice(0, 4)}-01-01`, to };
}
