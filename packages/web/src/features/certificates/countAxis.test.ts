import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countAxis, highestValue } from './countAxis.ts';

describe('the axis of a chart of counts', () => {
  it('reads 0 and 1 for a single document, not 0 to 4', () => {
    expect(countAxis(1)).toEqual({ ticks: [0, 1], domain: [0, 1] });
    expect(countAxis(0)).toEqual({ ticks: [0, 1], domain: [0, 1] });
  });

  it('goes in whole steps up to the first tick at or above the highest count', () => {
    expect(countAxis(3).ticks).toEqual([0, 1, 2, 3]);
    expect(countAxis(12).ticks).toEqual([0, 3, 6, 9, 12]);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (highest) => {
        const { ticks, domain } = countAxis(highest);
        expect(ticks.every(Number.isInteger)).toBe(true);
        expect(ticks[0]).toBe(0);
        expect(domain[1]).toBe(ticks[ticks.length - 1]);
        expect(domain[1]).toBeGreaterThanOrEqual(highest);
        expect(ticks.length).toBeLessThanOrEqual(7);
      }),
    );
  });

  it('finds the highest bar among the series', () => {
    const rows = [
      { label: '2025', certificates: 2, attestations: 5 },
      { label: '2026', certificates: 7, attestations: 0 },
    ];
    expect(highestValue(rows, ['certificates', 'attestations'])).toBe(7);
    expect(highestValue([], ['certificates'])).toBe(0);
  });
});
