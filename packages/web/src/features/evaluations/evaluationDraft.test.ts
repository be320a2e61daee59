import { instrument, observation } from '@certeval/core/instruments/factories';
import { describe, expect, it } from 'vitest';
import {
  type EvaluationDraft,
  sameDraft,
  sendable,
  setItemComment,
  setItemOverride,
  setItemValue,
  unratedItems,
} from './evaluationDraft.ts';
import { parseStoredDraft, restoreDecision } from './restoreDraft.ts';

const empty: EvaluationDraft = { items: [], comment: null, date: '2026-03-02' };

describe('an evaluation draft', () => {
  it('sets, replaces and clears one item’s value, keeping its comment', () => {
    let draft = setItemValue(empty, 'L1', { percentage: 30 });
    draft = setItemComment(draft, 'L1', 'Hésite encore sur les délais');
    draft = setItemValue(draft, 'L1', { percentage: 70 });
    expect(draft.items).toEqual([
      { item: 'L1', percentage: 70, comment: 'Hésite encore sur les délais' },
    ]);
    draft = setItemValue(draft, 'L1', { outcome: 'acquis' });
    expect(draft.items).toEqual([
      { item: 'L1', outcome: 'acquis', comment: 'Hésite encore sur les délais' },
    ]);
    draft = setItemValue(draft, 'L1', null);
    expect(draft.items).toEqual([{ item: 'L1', comment: 'Hésite encore sur les délais' }]);
    draft = setItemComment(draft, 'L1', '  ');
    expect(draft.items).toEqual([]);
  });

  it('sends « non évalué » once its reason is typed, and counts it as rated', () => {
    const grid = instrument([observation('L1'), observation('L2')]);
    let draft = setItemValue(empty, 'L1', { notEvaluated: { reason: '' } });
    expect(sendable(draft).items).toEqual([]);
    expect(unratedItems(grid, draft)).toEqual(['L1', 'L2']);
    draft = setItemValue(draft, 'L1', { notEvaluated: { reason: 'Pas de litige cette année.' } });
    expect(sendable(draft).items).toEqual([
      { item: 'L1', notEvaluated: { reason: 'Pas de litige cette année.' } },
    ]);
    expect(unratedItems(grid, draft)).toEqual(['L2']);
    draft = setItemValue(draft, 'L1', { percentage: 70 });
    expect(draft.items).toEqual([{ item: 'L1', percentage: 70 }]);
  });

  it('sends a closed question’s changed score only with its reason', () => {
    let draft = setItemValue(empty, 'Q1', { points: 1 });
    draft = setItemOverride(draft, 'Q1', '');
    expect(sendable(draft).items).toEqual([{ item: 'Q1', points: 1 }]);
    draft = setItemOverride(draft, 'Q1', 'Réponse juste, mal cochée.');
    expect(sendable(draft).items).toEqual([
      { item: 'Q1', points: 1, override: { reason: 'Réponse juste, mal cochée.' } },
    ]);
  });

  it('sends only the results that carry a value', () => {
    const draft = setItemComment(setItemValue(empty, 'L1', { points: 1 }), 'L2', 'À revoir');
    expect(sendable(draft).items).toEqual([{ item: 'L1', points: 1 }]);
  });

  it('compares drafts whatever the order of items and keys', () => {
    const a: EvaluationDraft = {
      ...empty,
      items: [
        { item: 'L1', percentage: 30, comment: 'ok' },
        { item: 'L2', points: 2 },
      ],
    };
    const b: EvaluationDraft = {
      ...empty,
      items: [
        { points: 2, item: 'L2' },
        { comment: 'ok', percentage: 30, item: 'L1' },
      ],
    };
    expect(sameDraft(a, b)).toBe(true);
    expect(sameDraft(a, setItemValue(b, 'L2', { points: 1 }))).toBe(false);
    expect(sameDraft(a, { ...b, date: '2026-03-03' })).toBe(false);
  });

  it('lists the unrated items in the instrument’s order', () => {
    const grid = instrument([observation('L1'), observation('L2'), observation('L3')]);
    const draft = setItemComment(setItemValue(empty, 'L2', { percentage: 50 }), 'L3', 'à voir');
    expect(unratedItems(grid, draft)).toEqual(['L1', 'L3']);
  });
});

describe('reopening an evaluation with a draft kept in the browser', () => {
  const kept = setItemValue(empty, 'L1', { percentage: 70 });
  const server = { revision: 4, canEdit: true, draft: empty };

  it('resumes a draft built on the server’s revision', () => {
    expect(restoreDecision({ revision: 4, draft: kept, keptAt: '' }, server)).toEqual({
      kind: 'resume',
      draft: kept,
    });
  });

  it('drops a draft the server already holds (its acknowledgement was lost)', () => {
    const decision = restoreDecision(
      { revision: 4, draft: kept, keptAt: '' },
      { ...server, revision: 5, draft: kept },
    );
    expect(decision).toEqual({ kind: 'server' });
  });

  it('stops on a conflict when someone else saved meanwhile', () => {
    const other = setItemValue(empty, 'L1', { percentage: 30 });
    const decision = restoreDecision(
      { revision: 4, draft: kept, keptAt: '' },
      { ...server, revision: 5, draft: other },
    );
    expect(decision).toEqual({ kind: 'conflict', draft: kept });
  });

  it('reads back only a well-formed stored draft', () => {
    expect(parseStoredDraft('{"revision":2,"draft":{"items":[],"date":"2026-01-01"}}')).toEqual({
      revision: 2,
      draft: { items: [], comment: null, date: '2026-01-01' },
      keptAt: '',
    });
    expect(parseStoredDraft('{"revision":"2"}')).toBeUndefined();
    expect(parseStoredDraft('not json')).toBeUndefined();
    expect(parseStoredDraft(null)).toBeUndefined();
  });
});
