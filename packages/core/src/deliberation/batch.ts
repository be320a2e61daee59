// The bulk path (issue 6, performance): a cohort whose evidence shares one layout (the same
// questionnaire and grids for every candidate) decided from one Float64Array of scores, with
// no object per item. The layout is checked once (batchLayout.ts); per candidate only the
// values are checked (0-100) and rounded as the rule set says, then the compiled checks run
// as flat ops with the shared comparison (compare), stopping at a unit's first failed condition. Explanations are not
// built here: explainCandidate rebuilds one candidate's evidence from its row and runs
// deliberate, on request. A property test checks that both paths decide alike.
import type { Batch, BatchOps } from './batchLayout.ts';
import { rowEvidence } from './batchLayout.ts';
import { type Deliberation, deliberate } from './deliberate.ts';
import { compare, roundTo } from './evaluate.ts';
import type { DeliberationOptions } from './evidence.ts';

export interface BatchResult {
  candidates: number;
  /** Per candidate: 1 awarded, 0 not awarded, 2 undecidable (a score outside 0-100). */
  status: Uint8Array;
  /** candidates × units: 1 when the unit is validated. */
  unitPassed: Uint8Array;
  /** candidates × cells: the synthesis grid of each candidate (cell = unit × instrument). */
  cells: Float64Array;
}

/** Accumulates one row into acc and turns sums into means; false when a score is not 0-100. */
function accumulateRow(
  batch: Batch,
  scores: Float64Array,
  base: number,
  acc: Float64Array,
): boolean {
  const { cellSlot, competenceSlot, targetStart, slots, slotCount } = batch;
  const columns = cellSlot.length;
  let valid = true;
  acc.fill(0);
  for (let j = 0; j < columns; j++) {
    const s = scores[base + j] as number;
    if (!(s >= 0 && s <= 100)) valid = false;
    const cell = cellSlot[j] as number;
    if (cell >= 0) acc[cell] = (acc[cell] as number) + s;
    const competence = competenceSlot[j] as number;
    if (competence < 0) continue;
    acc[competence] = (acc[competence] as number) + s;
    const end = targetStart[j + 1] as number;
    for (let t = targetStart[j] as number; t < end; t++) {
      const slot = slots[t] as number;
      acc[slot] = (acc[slot] as number) + s;
    }
  }
  const { decimals } = batch.rules;
  for (let k = 0; k < acc.length; k++)
    acc[k] = roundTo((acc[k] as number) / (slotCount[k] as number), decimals);
  return valid;
}

/** The unit's checks (compiled into ops) against the candidate's means; stops at the first failure. */
function unitPasses(ops: BatchOps, u: number, acc: Float64Array, decimals: number): boolean {
  const end = ops.unitStart[u + 1] as number;
  for (let o = ops.unitStart[u] as number; o < end; o++) {
    const first = ops.slotStart[o] as number;
    const last = ops.slotStart[o + 1] as number;
    let value = acc[ops.slots[first] as number] as number;
    if (last - first > 1) {
      value = 0;
      for (let k = first; k < last; k++) value += acc[ops.slots[k] as number] as number;
      value = roundTo(value / (last - first), decimals);
    }
    if (!compare(value, ops.strict[o] === 1 ? 'gt' : 'gte', ops.threshold[o] as number))
      return false;
  }
  return true;
}

/** Decides every candidate; `scores` holds one row of `layout.columns.length` per candidate. */
export function runBatch(batch: Batch, scores: Float64Array): BatchResult {
  const { rules, ops } = batch;
  const columns = batch.layout.columns.length;
  const candidates = Math.floor(scores.length / columns);
  const unitCount = rules.units.length;
  const { cellCount } = rules;
  const result: BatchResult = {
    candidates,
    status: new Uint8Array(candidates),
    unitPassed: new Uint8Array(candidates * unitCount),
    cells: new Float64Array(candidates * cellCount),
  };
  const acc = new Float64Array(cellCount + rules.competences.length);
  for (let n = 0; n < candidates; n++) {
    const valid = accumulateRow(batch, scores, n * columns, acc);
    for (let k = 0; k < cellCount; k++) result.cells[n * cellCount + k] = acc[k] as number;
    if (!valid) {
      result.status[n] = 2;
      continue;
    }
    let all = 1;
    for (let u = 0; u < unitCount; u++) {
      const passed = unitPasses(ops, u, acc, rules.decimals);
      result.unitPassed[n * unitCount + u] = passed ? 1 : 0;
      if (!passed) all = 0;
    }
    result.status[n] = all;
  }
  return result;
}

/** The full, explained deliberation of one candidate of a batch, on request. */
export function explainCandidate(
  batch: Batch,
  scores: Float64Array,
  candidate: number,
  options: DeliberationOptions = {},
): Deliberation {
  const columns = batch.layout.columns.length;
  const row = scores.subarray(candidate * columns, (candidate + 1) * columns);
  return deliberate(batch.rules, rowEvidence(batch.layout, row), options);
}
