import { describe, expect, it } from 'vitest';
import { clamp, mapResponse, sameSequence, sameSet } from './mapResponse.ts';

// Issue 4, "Done when": weights a=1, b=2, c=5, d=−1 clamped to [0, 6].
const weights = { points: { a: 1, b: 2, c: 5, d: -1 }, min: 0, max: 6 };

describe('mapResponse (QTI map_response)', () => {
  it('sums the points of the chosen keys', () => {
    expect(mapResponse(['a', 'b'], weights)).toBe(3);
    expect(mapResponse(['b', 'c', 'd'], weights)).toBe(6);
    expect(mapResponse(['a', 'c', 'd'], weights)).toBe(5);
  });

  it('clamps the sum to the upper bound', () => {
    expect(mapResponse(['a', 'b', 'c'], weights)).toBe(6);
    expect(mapResponse(['a', 'b', 'c', 'd'], weights)).toBe(6);
  });

  it('clamps a negative sum to the lower bound', () => {
    expect(mapResponse(['d'], weights)).toBe(0);
    expect(mapResponse(['d'], { ...weights, min: -1 })).toBe(-1);
    expect(mapResponse(['d'], { points: weights.points, max: 6 })).toBe(-1);
  });

  it('counts each key once however often it is given', () => {
    expect(mapResponse(['b', 'b', 'a', 'b'], weights)).toBe(3);
  });

  it('gives a key the table does not name the unmapped points, 0 by default', () => {
    expect(mapResponse(['a', 'x'], weights)).toBe(1);
    expect(mapResponse(['c', 'x', 'y'], { ...weights, unmapped: -2 })).toBe(1);
    expect(mapResponse(['x'], { ...weights, unmapped: -2 })).toBe(0);
  });

  it('scores no response 0, even when the lower bound is above 0', () => {
    expect(mapResponse([], { ...weights, min: 1 })).toBe(0);
  });

  it('ignores letter case only when told to', () => {
    const table = { points: { York: 1 }, max: 1 };
    expect(mapResponse(['york'], table)).toBe(0);
    expect(mapResponse(['york'], table, { caseSensitive: false })).toBe(1);
  });
});

describe('match_correct comparisons', () => {
  it('compares unordered responses as sets', () => {
    expect(sameSet(['c', 'a'], ['a', 'c'])).toBe(true);
    expect(sameSet(['a', 'a', 'c'], ['a', 'c'])).toBe(true);
    expect(sameSet(['a'], ['a', 'c'])).toBe(false);
    expect(sameSet(['a', 'b', 'c'], ['a', 'c'])).toBe(false);
  });

  it('compares ordered responses position by position', () => {
    expect(sameSequence(['b', 'a'], ['b', 'a'])).toBe(true);
    expect(sameSequence(['a', 'b'], ['b', 'a'])).toBe(false);
    expect(sameSequence(['b'], ['b', 'a'])).toBe(false);
  });

  it('clamps only on the bounds it is given', () => {
    expect(clamp(7, undefined, undefined)).toBe(7);
    expect(clamp(-3, 0, undefined)).toBe(0);
    expect(clamp(7, undefined, 6)).toBe(6);
  });
});
