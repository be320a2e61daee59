import { observation, scale } from '@certeval/core/instruments/factories';
import type { Item } from '@certeval/core/instruments/schema';
import { describe, expect, it } from 'vitest';
import {
  addableItemTypes,
  addChoice,
  addPrompt,
  defaultScoring,
  itemText,
  moveInOrder,
  movePrompt,
  newItem,
  nextChoiceId,
  removeChoice,
  removePrompt,
  setChoiceText,
  setCorrect,
  setPoints,
  textField,
  withText,
} from './itemFields.ts';

const question: Item = {
  type: 'single_choice',
  id: 'q1',
  evaluates: ['DC1'],
  scoring: { model: 'right_wrong' },
  stem: 'Que signifie RHF ?',
  choices: [
    { id: 'a', text: 'Restauration hors foyer' },
    { id: 'b', text: 'Ressources humaines' },
  ],
  correct: ['a'],
};

describe('the text of an item', () => {
  it('is the observation of a grid line and the stem of a question', () => {
    expect(itemText(observation('L1'))).toBe('Observation L1');
    expect(textField(observation('L1'))).toBe('observation');
    expect(itemText(question)).toBe('Que signifie RHF ?');
    expect(withText(question, 'Que veut dire RHF ?')).toMatchObject({
      stem: 'Que veut dire RHF ?',
    });
    expect('stem' in withText(observation('L1'), 'x')).toBe(false);
  });

  it('offers observations for grids and questions for questionnaires', () => {
    expect(addableItemTypes('observation_grid')).toContain('observation');
    expect(addableItemTypes('questionnaire')).toEqual([
      'single_choice',
      'multiple_choice',
      'ordering',
      'open',
    ]);
  });
});

describe('the choices of a question', () => {
  it('adds a choice under the next free letter and removes it from the key', () => {
    const added = addChoice(question, 'Restaurant');
    expect(nextChoiceId(question)).toBe('c');
    expect(added).toMatchObject({
      choices: [{ id: 'a' }, { id: 'b' }, { id: 'c', text: 'Restaurant' }],
    });
    const right = setCorrect(added, 'c', true);
    expect(right).toMatchObject({ correct: ['c'] });
    expect(removeChoice(right, 'c')).toMatchObject({ correct: [] });
  });

  it('keeps the right answers of a multiple choice in the order of the choices', () => {
    const multiple = { ...addChoice(question, 'Hors domicile'), type: 'multiple_choice' } as Item;
    const both = setCorrect(setCorrect(multiple, 'c', true), 'b', true);
    expect(both).toMatchObject({ correct: ['a', 'b', 'c'] });
    expect(setCorrect(both, 'a', false)).toMatchObject({ correct: ['b', 'c'] });
  });

  it('edits a choice text', () => {
    expect(setChoiceText(question, 'b', 'Ressources')).toMatchObject({
      choices: [{ id: 'a' }, { id: 'b', text: 'Ressources' }],
    });
  });

  it('moves a choice in the right order of an ordering question', () => {
    const ordering = newItem('ordering', 'o1', []);
    const three = addChoice(ordering, 'Trois');
    expect(three).toMatchObject({ correct: ['a', 'b', 'c'] });
    expect(moveInOrder(three, 'c', -1)).toMatchObject({ correct: ['a', 'c', 'b'] });
    expect(moveInOrder(three, 'a', -1)).toMatchObject({ correct: ['a', 'b', 'c'] });
  });

  it('keeps the partial-credit table in step with the choices', () => {
    const partial = {
      ...question,
      scoring: defaultScoring('partial_credit', question, []),
    } as Item;
    expect(partial.scoring).toEqual({ model: 'partial_credit', points: { a: 1, b: 0 }, max: 1 });
    const added = setPoints(addChoice(partial, 'Autre'), 'c', -1);
    expect(added.scoring).toMatchObject({ points: { a: 1, b: 0, c: -1 } });
    expect(removeChoice(added, 'a').scoring).toMatchObject({ points: { b: 0, c: -1 } });
  });
});

describe('scoring and new items', () => {
  it('puts a new item on the first scale when there is one, else marks it by hand', () => {
    expect(newItem('observation', 'L9', [scale()]).scoring).toEqual({
      model: 'scale_percentage',
      scale: 'echelle',
    });
    expect(newItem('observation', 'L9', []).scoring).toEqual({ model: 'manual' });
    expect(newItem('single_choice', 'q9', [])).toMatchObject({ correct: ['a'], stem: '' });
  });

  it('edits, reorders and removes the prompts of an observation', () => {
    let line = addPrompt(observation('L1'), { kind: 'question', text: 'Comment ?' });
    line = addPrompt(line, { kind: 'role_play', text: 'Fiche 1', rolePlay: 'fiche-1' });
    expect(movePrompt(line, 1, -1)).toMatchObject({
      prompts: [{ kind: 'role_play' }, { kind: 'question' }],
    });
    expect(removePrompt(line, 0)).toMatchObject({ prompts: [{ rolePlay: 'fiche-1' }] });
  });
});
