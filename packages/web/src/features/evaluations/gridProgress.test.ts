import { instrument, observation } from '@certeval/core/instruments/factories';
import { describe, expect, it } from 'vitest';
import { type EvaluationDraft, setItemValue } from './evaluationDraft.ts';
import { gridProgress, typedValue } from './gridProgress.ts';

const empty: EvaluationDraft = { items: [], comment: null, date: '2026-03-02' };
const grid = instrument([
  observation('R1', { domain: 'R' }),
  observation('R2', { domain: 'R' }),
  observation('O1', { domain: 'OT' }),
]);

describe('the progress of a grid', () => {
  it('counts per domain and overall what has a value or a reason not to have one', () => {
    expect(gridProgress(grid, empty)).toEqual({
      overall: { filled: 0, total: 3 },
      domains: [
        { domain: 'R', filled: 0, total: 2 },
        { domain: 'OT', filled: 0, total: 1 },
      ],
    });
    let draft = setItemValue(empty, 'R2', { percentage: 0 });
    draft = setItemValue(draft, 'O1', { notEvaluated: { reason: '' } });
    expect(gridProgress(grid, draft).overall).toEqual({ filled: 1, total: 3 });
    draft = setItemValue(draft, 'O1', { notEvaluated: { reason: 'Pas de litige cette année.' } });
    expect(gridProgress(grid, draft).domains).toEqual([
      { domain: 'R', filled: 1, total: 2 },
      { domain: 'OT', filled: 1, total: 1 },
    ]);
  });
});

describe('a value typed in', () => {
  it('is taken only inside its range, never changed', () => {
    expect(typedValue('70', 100)).toEqual({ value: 70 });
    expect(typedValue('0', 100)).toEqual({ value: 0 });
    expect(typedValue('100', 100)).toEqual({ value: 100 });
    expect(typedValue('66,5', 100)).toEqual({ value: 66.5 });
    expect(typedValue('', 100)).toEqual({ value: null });
    expect(typedValue('150', 100)).toEqual({ outOfRange: true });
    expect(typedValue('-5', 100)).toEqual({ outOfRange: true });
    expect(typedValue('3', 2)).toEqual({ outOfRange: true });
    expect(typedValue('abc', 100)).toEqual({ notANumber: true });
  });
});
