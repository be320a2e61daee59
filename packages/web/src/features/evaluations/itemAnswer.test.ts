import { instrument, observation, scale } from '@certeval/core/instruments/factories';
import type { Item } from '@certeval/core/instruments/schema';
import { describe, expect, it } from 'vitest';
import { answerInput, itemText, resultValue } from './itemAnswer.ts';

const question = (scoring: Item['scoring']): Item => ({
  type: 'single_choice',
  id: 'Q1',
  evaluates: ['DC1'],
  scoring,
  stem: 'Qu’est-ce qu’une UVC ?',
  choices: [
    { id: 'a', text: 'Le paquet' },
    { id: 'b', text: 'La palette' },
  ],
  correct: ['a'],
});

describe('how an item is answered', () => {
  it('offers the scale’s levels with the descriptors of its situation', () => {
    const grid = instrument([observation('L1')], { scales: [scale([0, 30, 50, 70, 100])] });
    const answer = answerInput(observation('L1'), grid);
    expect(answer.kind).toBe('levels');
    if (answer.kind !== 'levels') return;
    expect(answer.levels.map((l) => l.value)).toEqual([0, 30, 50, 70, 100]);
    expect(answer.levels[1]?.descriptors).toEqual([{ situation: 'Au poste', text: 'Niveau 30' }]);
  });

  it('takes any percentage on a scale that is only its two ends', () => {
    const ends = { id: 'echelle', descriptorSets: [], levels: [{ value: 0 }, { value: 100 }] };
    const grid = instrument([observation('L1')], { scales: [ends] });
    expect(answerInput(observation('L1'), grid)).toEqual({ kind: 'percentage' });
  });

  it('takes right or wrong by the key, points up to the item’s maximum, or Acquis / Non acquis', () => {
    const quiz = instrument([]);
    // A right-or-wrong question is right (1) or wrong (0), never a share (issue 17).
    expect(answerInput(question({ model: 'right_wrong' }), quiz)).toEqual({ kind: 'rightWrong' });
    expect(
      answerInput(question({ model: 'partial_credit', points: { a: 1 }, max: 3 }), quiz),
    ).toEqual({ kind: 'points', max: 3 });
    expect(answerInput(question({ model: 'manual' }), quiz)).toEqual({ kind: 'percentage' });
    expect(answerInput(question({ model: 'acquis' }), quiz)).toEqual({ kind: 'outcome' });
  });

  it('reads the item’s words and a result’s value', () => {
    expect(itemText(observation('L1'))).toBe('Observation L1');
    expect(itemText(question({ model: 'right_wrong' }))).toBe('Qu’est-ce qu’une UVC ?');
    expect(resultValue({ item: 'L1', points: 0 })).toEqual({ points: 0 });
    expect(resultValue({ item: 'L1', comment: 'seul' })).toBeNull();
    expect(resultValue(undefined)).toBeNull();
  });
});
