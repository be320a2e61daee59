import { describe, expect, it } from 'vitest';
import type { CandidateItem, ResponseMap } from './onlineApi.ts';
import {
  currentOrder,
  matchedPairs,
  moved,
  parseStoredResponses,
  pickedChoices,
  restoreResponses,
  sameResponses,
  singleChoice,
  targetOf,
  textResponse,
  unanswered,
  withResponse,
} from './responses.ts';

const ordering: Extract<CandidateItem, { choices: unknown }> = {
  id: 'q-rc4',
  type: 'ordering',
  stem: 'Remettez dans l’ordre',
  choices: [
    { id: 'a', text: 'Répondre' },
    { id: 'b', text: 'Accueillir' },
    { id: 'c', text: 'Conclure' },
  ],
};
const multiple = { ...ordering, id: 'q-rc5', type: 'multiple_choice' as const };

describe('moving an entry of an ordering', () => {
  it('moves it one place up or down', () => {
    expect(moved(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
  });

  it('leaves the order as it is past either end or for an unknown place', () => {
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 5, -1)).toEqual(['a', 'b', 'c']);
  });

  it('shows the candidate’s order, or the choices’ own before any move', () => {
    expect(currentOrder(ordering, undefined)).toEqual(['a', 'b', 'c']);
    expect(currentOrder(ordering, { kind: 'choices', ids: ['c', 'a', 'b'] })).toEqual([
      'c',
      'a',
      'b',
    ]);
  });

  it('keeps the list whole when the stored order misses an entry or names an unknown one', () => {
    expect(currentOrder(ordering, { kind: 'choices', ids: ['c', 'z'] })).toEqual(['c', 'a', 'b']);
  });
});

describe('building the responses sent to the server', () => {
  it('gives a single choice as the one id chosen', () => {
    expect(singleChoice('b')).toEqual({ kind: 'choices', ids: ['b'] });
  });

  it('gives multiple choices in the order shown, and no answer when none is ticked', () => {
    expect(pickedChoices(multiple, ['c', 'a'])).toEqual({ kind: 'choices', ids: ['a', 'c'] });
    expect(pickedChoices(multiple, [])).toBeNull();
  });

  it('draws, replaces and removes the pair of a matching source', () => {
    const one = matchedPairs(undefined, 's1', 't2');
    expect(one).toEqual({ kind: 'pairs', pairs: [{ source: 's1', target: 't2' }] });
    const changed = matchedPairs(one ?? undefined, 's1', 't3');
    expect(changed).toEqual({ kind: 'pairs', pairs: [{ source: 's1', target: 't3' }] });
    expect(targetOf(changed ?? undefined, 's1')).toBe('t3');
    expect(matchedPairs(changed ?? undefined, 's1', '')).toBeNull();
  });

  it('takes blank text as no answer, and keeps the text typed as it is', () => {
    expect(textResponse('   ')).toBeNull();
    expect(textResponse(' Le bon de commande ')).toEqual({
      kind: 'text',
      text: ' Le bon de commande ',
    });
  });

  it('adds, replaces and removes an item’s response without touching the others', () => {
    const start: ResponseMap = { a: singleChoice('x') };
    const added = withResponse(start, 'b', singleChoice('y'));
    expect(added).toEqual({ a: singleChoice('x'), b: singleChoice('y') });
    expect(withResponse(added, 'a', null)).toEqual({ b: singleChoice('y') });
    expect(start).toEqual({ a: singleChoice('x') });
  });

  it('lists the questions left without an answer, in order', () => {
    const sections = [{ items: [{ id: 'a' }, { id: 'b' }] }, { items: [{ id: 'c' }] }];
    expect(unanswered(sections, { b: singleChoice('x') })).toEqual(['a', 'c']);
  });
});

describe('resuming answers kept in the browser', () => {
  const server = { revision: 4, responses: { a: singleChoice('x') } };

  it('compares answer maps whatever their keys’ order', () => {
    expect(
      sameResponses(
        { a: singleChoice('x'), b: singleChoice('y') },
        {
          b: singleChoice('y'),
          a: singleChoice('x'),
        },
      ),
    ).toBe(true);
    expect(sameResponses({ a: singleChoice('x') }, { a: singleChoice('y') })).toBe(false);
  });

  it('starts from the server when nothing is kept or the server has it already', () => {
    expect(restoreResponses(undefined, server).kind).toBe('server');
    expect(
      restoreResponses({ revision: 3, draft: { a: singleChoice('x') }, keptAt: '' }, server).kind,
    ).toBe('server');
  });

  it('resumes answers built on the server’s revision, and asks when another tab saved since', () => {
    const draft = { a: singleChoice('z') };
    expect(restoreResponses({ revision: 4, draft, keptAt: '' }, server)).toEqual({
      kind: 'resume',
      draft,
    });
    expect(restoreResponses({ revision: 2, draft, keptAt: '' }, server).kind).toBe('conflict');
  });

  it('reads back only a stored value of the expected shape', () => {
    expect(parseStoredResponses('{"revision":2,"draft":{}}')).toEqual({
      revision: 2,
      draft: {},
      keptAt: '',
    });
    expect(parseStoredResponses('{"draft":{}}')).toBeUndefined();
    expect(parseStoredResponses('not json')).toBeUndefined();
    expect(parseStoredResponses(null)).toBeUndefined();
  });
});
