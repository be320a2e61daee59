// The comparisons and the value each check reads: shared by the explained path (deliberate)
// and the bulk path (batch), so that both decide identically.
import type { Check } from './compile.ts';
import type { Comparison } from './ruleSetSchema.ts';

/** Computed values per candidate: NaN where nothing was evaluated. */
export interface Scores {
  /** unit × instrument percentages (the synthesis grid). */
  cells: Float64Array;
  /** Per competence: mean percentage, or 1 / 0 for all Acquis / some Non acquis. */
  competences: Float64Array;
  /** Per instrument judged as a whole: 1 acquired, 0 not acquired. */
  outcomes: Float64Array;
}

/**
 * Means are compared after rounding to 6 decimals, so that binary noise cannot decide:
 * (69.9 + 70 + 70.1) / 3 is 70 and is not above 70. Rounding keeps monotonicity.
 */
export function rounded(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/**
 * A percentage rounded to `decimals` as the synthesis grid shows it (the rule set's rounding):
 * first to 6 decimals, so that binary noise cannot tip a half (70.005 is stored as
 * 70.00499…), then half up.
 */
export function roundTo(value: number, decimals: number): number {
  if (!Number.isFinite(value)) return value;
  const micro = Math.round(value * 1e6);
  return Math.round(micro / 10 ** (6 - decimals)) / 10 ** decimals;
}

export function compare(value: number, comparison: Comparison, threshold: number): boolean {
  const v = rounded(value);
  return comparison === 'gt' ? v > threshold : v >= threshold;
}

export function meanOfCells(cells: Float64Array, indexes: readonly number[]): number {
  let sum = 0;
  for (const cell of indexes) sum += cells[cell] ?? Number.NaN;
  return sum / indexes.length;
}

export function checkValue(check: Check, scores: Scores): number {
  switch (check.kind) {
    case 'instrument':
      return scores.cells[check.cell] ?? Number.NaN;
    case 'mean':
      // The mean of the cells as the grid shows them, rounded the same way.
      return roundTo(meanOfCells(scores.cells, check.cells), check.decimals);
    case 'competence':
    case 'acquired':
      return scores.competences[check.competence] ?? Number.NaN;
  }
}

export function checkPasses(check: Check, value: number): boolean {
  if (check.kind === 'acquired') return value === 1;
  return compare(value, check.comparison, check.threshold);
}
