import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TIME_ZONE, dayIn, isTimeZone, timeZoneOf } from './timeZone.ts';

describe('the day of an instant where a certifier works', () => {
  it('is already the next day in Paris late in the UTC evening, not yet in Cayenne', () => {
    const eve = new Date('2026-12-14T23:30:00Z');
    expect(dayIn(eve, 'Europe/Paris')).toBe('2026-12-15');
    expect(dayIn(eve, 'America/Cayenne')).toBe('2026-12-14');
    expect(dayIn(eve, 'UTC')).toBe('2026-12-14');
  });

  it('follows summer time in Paris (UTC+2 in June)', () => {
    expect(dayIn(new Date('2026-06-14T21:59:00Z'), 'Europe/Paris')).toBe('2026-06-14');
    expect(dayIn(new Date('2026-06-14T22:00:00Z'), 'Europe/Paris')).toBe('2026-06-15');
  });

  it('is the UTC day or the next one in Paris, never another', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date('1990-01-01'), max: new Date('2090-01-01') }), (d) => {
        if (Number.isNaN(d.getTime())) return;
        const utc = d.toISOString().slice(0, 10);
        const next = new Date(d.getTime() + 86_400_000).toISOString().slice(0, 10);
        expect([utc, next]).toContain(dayIn(d, 'Europe/Paris'));
      }),
    );
  });

  it('takes the certifier’s zone when it names a known one, Europe/Paris otherwise', () => {
    expect(timeZoneOf({ timeZone: 'America/Cayenne' })).toBe('America/Cayenne');
    expect(timeZoneOf({ timeZone: null })).toBe(DEFAULT_TIME_ZONE);
    expect(timeZoneOf({})).toBe('Europe/Paris');
    expect(timeZoneOf({ timeZone: 'Mars/Olympus' })).toBe('Europe/Paris');
    expect(isTimeZone('Pacific/Noumea')).toBe(true);
    expect(isTimeZone('')).toBe(false);
  });
});
