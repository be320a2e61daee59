import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parisDay, parisDayStart, yearToDate } from './parisTime.ts';

describe('the declaration’s first period', () => {
  it('ends on the Paris day, already the next one at night in UTC', () => {
    expect(yearToDate(new Date('2026-12-07T23:30:00Z'))).toEqual({
      from: '2026-01-01',
      to: '2026-12-08',
    });
    expect(yearToDate(new Date('2026-07-14T22:30:00Z')).to).toBe('2026-07-15');
  });

  it('starts on the Paris New Year', () => {
    expect(yearToDate(new Date('2026-12-31T23:30:00Z'))).toEqual({
      from: '2027-01-01',
      to: '2027-01-01',
    });
  });

  it('always holds the instant it is asked at', () => {
    const instants = fc.date({
      min: new Date('2000-01-01'),
      max: new Date('2100-01-01'),
      noInvalidDate: true,
    });
    fc.assert(
      fc.property(instants, (at) => {
        const { from, to } = yearToDate(at);
        expect(parisDayStart(from).getTime()).toBeLessThanOrEqual(at.getTime());
        expect(parisDay(at)).toBe(to);
        expect(from <= to).toBe(true);
      }),
    );
  });
});
