import { instrument, observation, smallVersion } from '@certeval/core/instruments/factories';
import type { Instrument } from '@certeval/core/instruments/schema';
import { validateInstrument } from '@certeval/core/instruments/validate';
import { describe, expect, it } from 'vitest';
import {
  draftReducer,
  findItem,
  locateItem,
  nextItemId,
  nextSectionId,
  sameDocument,
} from './instrumentDraft.ts';
import { withDomain, withEvaluates, withText } from './itemFields.ts';

/** Two sections: A with L1, L2, L3; B with L4. */
function grid(): Instrument {
  const base = instrument([observation('L1'), observation('L2'), observation('L3')]);
  return {
    ...base,
    sections: [
      { id: 'A', title: 'Section A', items: base.sections[0]?.items ?? [] },
      { id: 'B', items: [observation('L4')] },
    ],
  };
}

const ids = (draft: Instrument) => draft.sections.map((s) => s.items.map((i) => i.id).join(','));

describe('the draft of an instrument', () => {
  it('moves an item up and down inside its section, and not past its ends', () => {
    let draft = draftReducer(grid(), { type: 'moveItem', item: 'L3', by: -1 });
    expect(ids(draft)).toEqual(['L1,L3,L2', 'L4']);
    draft = draftReducer(draft, { type: 'moveItem', item: 'L1', by: -1 });
    expect(ids(draft)).toEqual(['L1,L3,L2', 'L4']);
    draft = draftReducer(draft, { type: 'moveItem', item: 'L4', by: 1 });
    expect(ids(draft)).toEqual(['L1,L3,L2', 'L4']);
    draft = draftReducer(draft, { type: 'moveItem', item: 'L1', by: 1 });
    expect(ids(draft)).toEqual(['L3,L1,L2', 'L4']);
  });

  it('moves an item to the end of another section', () => {
    const draft = draftReducer(grid(), { type: 'moveItemToSection', item: 'L1', section: 'B' });
    expect(ids(draft)).toEqual(['L2,L3', 'L4,L1']);
    expect(locateItem(draft, 'L1')).toEqual({ section: 1, item: 1 });
  });

  it('reorders sections and keeps at least one', () => {
    const draft = draftReducer(grid(), { type: 'moveSection', section: 'B', by: -1 });
    expect(draft.sections.map((s) => s.id)).toEqual(['B', 'A']);
    const one = draftReducer(draft, { type: 'removeSection', section: 'A' });
    expect(one.sections.map((s) => s.id)).toEqual(['B']);
    expect(draftReducer(one, { type: 'removeSection', section: 'B' }).sections).toHaveLength(1);
  });

  it('edits an item text, its domain and its tags, leaving the others alone', () => {
    const start = grid();
    const item = findItem(start, 'L2');
    if (!item) throw new Error('no L2');
    const edited = withEvaluates(withDomain(withText(item, 'Accueillir le client'), 'D'), [
      'M1A1',
      'DSF1',
      'M1A1',
    ]);
    const draft = draftReducer(start, { type: 'replaceItem', item: 'L2', with: edited });
    expect(findItem(draft, 'L2')).toMatchObject({
      observation: 'Accueillir le client',
      domain: 'D',
      evaluates: ['M1A1', 'DSF1'],
    });
    expect(findItem(draft, 'L1')).toBe(findItem(start, 'L1'));
    expect(validateInstrument(draft, smallVersion()).ok).toBe(true);
  });

  it('drops an item domain set back to none, so it counts in its section domain', () => {
    const item = observation('L9', { domain: 'D' });
    expect('domain' in withDomain(item, undefined)).toBe(false);
    expect('domain' in withDomain(item, '')).toBe(false);
  });

  it('adds items and sections with ids nobody uses', () => {
    const start = grid();
    const id = nextItemId(start, 'B');
    expect(id).toBe('B.1');
    const draft = draftReducer(start, {
      type: 'addItem',
      section: 'B',
      item: observation(id),
    });
    expect(ids(draft)).toEqual(['L1,L2,L3', 'L4,B.1']);
    expect(nextItemId(draft, 'B')).toBe('B.2');
    expect(nextSectionId(draft)).toBe('S1');
  });

  it('sets a section title and domain, and removes them when emptied', () => {
    const set = draftReducer(grid(), {
      type: 'setSection',
      section: 'B',
      title: 'Bis',
      domain: 'D',
    });
    expect(set.sections[1]).toMatchObject({ id: 'B', title: 'Bis', domain: 'D' });
    const cleared = draftReducer(set, {
      type: 'setSection',
      section: 'B',
      title: ' ',
      domain: undefined,
    });
    expect(Object.keys(cleared.sections[1] ?? {})).toEqual(['id', 'items']);
  });

  it('removes an emptied description rather than sending an empty text', () => {
    const described = draftReducer(grid(), {
      type: 'setDescription',
      description: 'Pour le tuteur',
    });
    expect(described.description).toBe('Pour le tuteur');
    expect(
      'description' in draftReducer(described, { type: 'setDescription', description: '' }),
    ).toBe(false);
  });

  it('sees the draft unchanged when an edit is set back, whatever the order of keys', () => {
    const start = grid();
    const item = findItem(start, 'L1');
    if (!item) throw new Error('no L1');
    const back = draftReducer(
      draftReducer(start, { type: 'replaceItem', item: 'L1', with: withDomain(item, undefined) }),
      { type: 'replaceItem', item: 'L1', with: { ...withDomain(item, undefined), domain: 'D' } },
    );
    expect(sameDocument(start, back)).toBe(true);
    expect(sameDocument(start, draftReducer(start, { type: 'moveItem', item: 'L2', by: 1 }))).toBe(
      false,
    );
    expect(sameDocument({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameDocument({ v: Number.NaN }, { v: Number.NaN })).toBe(true);
  });

  it('drops the list of role-play cards with its last card, as a file without any has none', () => {
    const card = {
      id: 'fiche-1',
      number: 1,
      title: 'Délai de livraison',
      roles: [{ who: 'Jury', role: 'Client' }],
      context: ['Rupture de stocks.'],
      prompts: [{ kind: 'line' as const, text: '« Et ma commande ? »' }],
      successCriteria: ['Réponses claires'],
      source: 'seed 002',
    };
    const withCard = draftReducer(grid(), { type: 'addRolePlay', rolePlay: card });
    expect(withCard.rolePlays).toHaveLength(1);
    const without = draftReducer(withCard, { type: 'removeRolePlay', index: 0 });
    expect('rolePlays' in without).toBe(false);
    expect(sameDocument(without, grid())).toBe(true);
  });
});
