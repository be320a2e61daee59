import { describe, expect, it } from 'vitest';
import { GAP_BANDS, GAP_COLOURS, gapBand } from './positioningModel.ts';

describe('the colour scale of positioning gaps', () => {
  it('tells a reached level from a small, a large and a very large gap', () => {
    expect([-10, 0, 0.1, 20, 20.5, 50, 50.5, 100].map(gapBand)).toEqual([
      'reached',
      'reached',
      'close',
      'close',
      'far',
      'far',
      'veryFar',
      'veryFar',
    ]);
  });

  it('gives each step its own colour', () => {
    expect(new Set(GAP_BANDS.map((b) => GAP_COLOURS[b])).size).toBe(GAP_BANDS.length);
  });
});
