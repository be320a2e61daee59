// QTI's two response processing templates as pure functions over response keys. A key is a
// choice id, a "source target" pair or a text answer; a response is a list of keys.
import type { PartialCredit } from '../schema.ts';

export interface KeyComparison {
  /** false: keys that differ only in letter case are the same key. */
  caseSensitive?: boolean;
}

function normalise(key: string, { caseSensitive = true }: KeyComparison): string {
  return caseSensitive ? key : key.toLowerCase();
}

export function clamp(value: number, min: number | undefined, max: number | undefined): number {
  const floor = min === undefined ? value : Math.max(min, value);
  return max === undefined ? floor : Math.min(max, floor);
}

/**
 * map_response: the sum of the points of the candidate's keys, each distinct key counted once
 * ({B, B, C} scores B + C), a key the table does not name scoring `unmapped` (QTI
 * defaultValue, 0 when absent), the sum clamped to [min, max] (lowerBound, upperBound). No
 * response at all scores 0, unclamped: the template tests isNull before mapping.
 */
export function mapResponse(
  keys: readonly string[],
  scoring: Pick<PartialCredit, 'points' | 'unmapped' | 'min'> & { max?: number },
  comparison: KeyComparison = {},
): number {
  if (keys.length === 0) return 0;
  const table = new Map<string, number>();
  for (const [key, points] of Object.entries(scoring.points)) {
    const normal = normalise(key, comparison);
    if (!table.has(normal)) table.set(normal, points);
  }
  const distinct = new Set(keys.map((key) => normalise(key, comparison)));
  let sum = 0;
  for (const key of distinct) sum += table.get(key) ?? scoring.unmapped ?? 0;
  return clamp(sum, scoring.min, scoring.max);
}

/** match_correct for an unordered response (multiple cardinality): the same set of keys. */
export function sameSet(
  keys: readonly string[],
  correct: readonly string[],
  comparison: KeyComparison = {},
): boolean {
  const given = new Set(keys.map((key) => normalise(key, comparison)));
  const expected = new Set(correct.map((key) => normalise(key, comparison)));
  return given.size === expected.size && [...expected].every((key) => given.has(key));
}

/** match_correct for an ordered response: the same keys in the same order. */
export function sameSequence(keys: readonly string[], correct: readonly string[]): boolean {
  return keys.length === correct.length && keys.every((key, i) => key === correct[i]);
}
