import { describe, expect, it } from 'vitest';
import type { Item, MatchingItem, TextEntryItem } from '../schema.ts';
import { scoreItem } from './itemScore.ts';
import type { ItemResponse } from './responses.ts';

const base = { domain: 'D', evaluates: ['DC1'], stem: 'Question' };
const choices = ['a', 'b', 'c', 'd'].map((id) => ({ id, text: `Choix ${id}` }));
const rightWrong = { model: 'right_wrong' } as const;

const single: Item = {
  ...base,
  type: 'single_choice',
  id: 'q1',
  scoring: rightWrong,
  choices,
  correct: ['b'],
};
const multiple: Item = {
  ...base,
  type: 'multiple_choice',
  id: 'q2',
  scoring: { model: 'partial_credit', points: { a: 1, b: 2, c: 5, d: -1 }, min: 0, max: 6 },
  choices,
  correct: ['b', 'c'],
};
const ordering: Item = {
  ...base,
  type: 'ordering',
  id: 'q3',
  scoring: rightWrong,
  choices: choices.slice(0, 3),
  correct: ['c', 'a', 'b'],
};
const matching: MatchingItem = {
  ...base,
  type: 'matching',
  id: 'q4',
  scoring: rightWrong,
  sources: [
    { id: 'uvc', text: 'UVC' },
    { id: 'colis', text: 'Colis' },
  ],
  targets: [
    { id: 'paquet', text: 'Le paquet' },
    { id: 'carton', text: 'Le carton' },
  ],
  correct: [
    { source: 'uvc', target: 'paquet' },
    { source: 'colis', target: 'carton' },
  ],
};
const textEntry: TextEntryItem = {
  ...base,
  type: 'text_entry',
  id: 'q5',
  scoring: rightWrong,
  stem: "L'échange de données informatisé s'appelle ____.",
  correct: 'EDI',
};
const open: Item = {
  ...base,
  type: 'open',
  id: 'q6',
  scoring: { model: 'manual', maxPoints: 4 },
};

const ids = (...list: string[]): ItemResponse => ({ kind: 'choices', ids: list });
const text = (value: string): ItemResponse => ({ kind: 'text', text: value });
const pairs = (...list: Array<[string, string]>): ItemResponse => ({
  kind: 'pairs',
  pairs: list.map(([source, target]) => ({ source, target })),
});
const points = (item: Item, response?: ItemResponse) => {
  const score = scoreItem(item, response);
  return score.status === 'scored' ? score.points : undefined;
};

describe('scoreItem, closed items', () => {
  it('scores a single choice right or wrong', () => {
    expect(points(single, ids('b'))).toBe(1);
    expect(points(single, ids('a'))).toBe(0);
    expect(points(single, ids('a', 'b'))).toBe(0);
    expect(points(single)).toBe(0);
  });

  it('scores a multiple choice by map_response, clamped to its bounds', () => {
    expect(points(multiple, ids('b', 'c'))).toBe(6);
    expect(points(multiple, ids('a', 'b'))).toBe(3);
    expect(points(multiple, ids('d'))).toBe(0);
    expect(points(multiple, ids('a', 'b', 'c', 'd'))).toBe(6);
    expect(scoreItem(multiple, ids('b')).maxPoints).toBe(6);
  });

  it('scores a multiple choice right or wrong as a whole set', () => {
    const allOrNothing = { ...multiple, scoring: rightWrong };
    expect(points(allOrNothing, ids('c', 'b'))).toBe(1);
    expect(points(allOrNothing, ids('b'))).toBe(0);
    expect(points(allOrNothing, ids('a', 'b', 'c'))).toBe(0);
  });

  it('scores an ordering right only in the right order', () => {
    expect(points(ordering, ids('c', 'a', 'b'))).toBe(1);
    expect(points(ordering, ids('a', 'c', 'b'))).toBe(0);
    expect(points(ordering, ids('c', 'a'))).toBe(0);
  });

  it('scores a matching right when every pair is drawn and no other', () => {
    expect(points(matching, pairs(['colis', 'carton'], ['uvc', 'paquet']))).toBe(1);
    expect(points(matching, pairs(['uvc', 'paquet']))).toBe(0);
    expect(points(matching, pairs(['uvc', 'carton'], ['colis', 'paquet']))).toBe(0);
  });

  it('scores a matching pair by pair with partial credit', () => {
    const scoring = {
      model: 'partial_credit',
      points: { 'uvc paquet': 1, 'colis carton': 0.5 },
      unmapped: -0.5,
      min: 0,
      max: 1.5,
    } as const;
    const partial = { ...matching, scoring };
    expect(points(partial, pairs(['uvc', 'paquet'], ['colis', 'carton']))).toBe(1.5);
    expect(points(partial, pairs(['uvc', 'paquet'], ['colis', 'paquet']))).toBe(0.5);
    expect(points(partial, pairs(['uvc', 'carton']))).toBe(0);
  });

  it('scores a text entry exactly, or ignoring case when told to', () => {
    expect(points(textEntry, text('EDI'))).toBe(1);
    expect(points(textEntry, text('edi'))).toBe(0);
    expect(points({ ...textEntry, caseSensitive: false }, text('edi'))).toBe(1);
    expect(points(textEntry, text(''))).toBe(0);
  });

  it('scores a text entry with partial credit per accepted answer', () => {
    const scoring = { model: 'partial_credit', points: { EDI: 1, edi: 0.5 }, max: 1 } as const;
    expect(points({ ...textEntry, scoring }, text('edi'))).toBe(0.5);
    expect(points({ ...textEntry, scoring }, text('EDI'))).toBe(1);
    expect(points({ ...textEntry, scoring }, text('fax'))).toBe(0);
  });

  it('scores a response of another kind than the item as no response', () => {
    expect(points(single, text('b'))).toBe(0);
    expect(points(matching, ids('uvc', 'paquet'))).toBe(0);
  });
});

describe('scoreItem, items graded by hand', () => {
  it('leaves an extended text pending until it is graded', () => {
    expect(scoreItem(open, text('Une réponse rédigée'))).toEqual({
      itemId: 'q6',
      status: 'pending',
      maxPoints: 4,
    });
    expect(points(open)).toBeUndefined();
  });

  it("takes the evaluator's grade, kept within the item's points", () => {
    expect(scoreItem(open, undefined, { points: 3 })).toMatchObject({
      status: 'scored',
      points: 3,
    });
    expect(scoreItem(open, undefined, { points: 9 })).toMatchObject({ points: 4 });
    expect(scoreItem(open, undefined, { points: -1 })).toMatchObject({ points: 0 });
  });

  it('waits for a grade on a closed item scored by hand', () => {
    const byHand = { ...single, scoring: { model: 'manual' } } as const;
    expect(scoreItem(byHand, ids('b')).status).toBe('pending');
  });

  it('ignores a grade given to an item scored automatically', () => {
    expect(scoreItem(single, ids('a'), { points: 1 })).toMatchObject({ points: 0 });
  });
});

describe('response rules (response_cases, from QTI custom response processing)', () => {
  // QTIWorks order_partial_scoring.xml: 2 for the right order, 1 for C B A, else 0.
  const podium: Item = {
    ...base,
    type: 'ordering',
    id: 'podium',
    scoring: {
      model: 'response_cases',
      cases: [
        { response: ['c', 'a', 'b'], points: 2 },
        { response: ['c', 'b', 'a'], points: 1 },
      ],
      otherwise: 0,
      max: 2,
    },
    choices: choices.slice(0, 3),
    correct: ['c', 'a', 'b'],
  };
  const order = (...ids: string[]): ItemResponse => ({ kind: 'choices', ids });

  it('gives the points of the first case equal to the response, in order', () => {
    expect(scoreItem(podium, order('c', 'a', 'b'))).toMatchObject({ points: 2, maxPoints: 2 });
    expect(scoreItem(podium, order('c', 'b', 'a'))).toMatchObject({ points: 1 });
    expect(scoreItem(podium, order('a', 'b', 'c'))).toMatchObject({ points: 0 });
    expect(scoreItem(podium, undefined)).toMatchObject({ status: 'scored', points: 0 });
  });

  it('adds the mapping to otherwise, and gives empty to no response', () => {
    const item: Item = {
      ...multiple,
      scoring: {
        model: 'response_cases',
        cases: [{ response: ['b', 'c'], points: 10 }],
        otherwise: 1,
        mapping: { points: { a: 1, b: 2 }, max: 3 },
        empty: -1,
        max: 10,
      },
    };
    expect(scoreItem(item, { kind: 'choices', ids: ['c', 'b'] })).toMatchObject({ points: 10 });
    expect(scoreItem(item, { kind: 'choices', ids: ['a', 'b'] })).toMatchObject({ points: 4 });
    expect(scoreItem(item, undefined)).toMatchObject({ points: -1 });
  });
});

describe('an unscored item (a survey question)', () => {
  it('is worth no point, whatever the answer', () => {
    const survey: Item = { ...single, scoring: { model: 'unscored' }, correct: [] };
    expect(scoreItem(survey, { kind: 'choices', ids: ['a'] })).toMatchObject({ maxPoints: 0 });
  });
});
