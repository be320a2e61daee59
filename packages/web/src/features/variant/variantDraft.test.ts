import type { VariantChange } from '@certeval/core/referential/variant';
import { describe, expect, it } from 'vitest';
import {
  changeIndexOf,
  findChange,
  pendingChanges,
  problemsByChange,
  putChange,
  removeChange,
  undoChange,
} from './variantDraft.ts';

// The demo's adaptation (server seedDemo.ts), as saved.
const saved: VariantChange[] = [
  { kind: 'rename', code: 'M2A2', label: 'Réceptionner les commandes (EDI et portail)' },
  { kind: 'annotate', code: 'M2A6', note: 'Barèmes des enseignes' },
  { kind: 'add', code: 'BTV-M2A7', type: 'activity', parent: 'M2', label: 'Sans gluten' },
];

describe('the draft of a variant', () => {
  it('replaces the change of the same kind on the same item, in place', () => {
    const draft = putChange(saved, { kind: 'rename', code: 'M2A2', label: 'Autre libellé' });
    expect(draft).toHaveLength(3);
    expect(draft[0]).toEqual({ kind: 'rename', code: 'M2A2', label: 'Autre libellé' });
  });

  it('appends a change of another kind, even on an item already changed', () => {
    const draft = putChange(saved, { kind: 'hide', code: 'M2A2' });
    expect(draft.map((c) => `${c.kind}:${c.code}`)).toEqual([
      'rename:M2A2',
      'annotate:M2A6',
      'add:BTV-M2A7',
      'hide:M2A2',
    ]);
  });

  it('removes one kind of change of an item and keeps the others', () => {
    const draft = removeChange(putChange(saved, { kind: 'hide', code: 'M2A2' }), 'hide', 'M2A2');
    expect(draft).toEqual(saved);
    expect(findChange(draft, 'rename', 'M2A2')?.label).toBe(
      'Réceptionner les commandes (EDI et portail)',
    );
    expect(findChange(draft, 'hide', 'M2A2')).toBeUndefined();
  });

  it('lists what is new, modified and removed since the save', () => {
    let draft = putChange(saved, { kind: 'rename', code: 'M3A1', label: 'Réclamations' });
    draft = putChange(draft, { kind: 'annotate', code: 'M2A6', note: 'Autre note' });
    draft = removeChange(draft, 'add', 'BTV-M2A7');
    expect(pendingChanges(saved, draft).map((p) => `${p.status} ${p.key}`)).toEqual([
      'modified annotate:M2A6',
      'new rename:M3A1',
      'removed add:BTV-M2A7',
    ]);
  });

  it('sees no pending change when a change is set back to its saved value', () => {
    const draft = putChange(putChange(saved, { kind: 'annotate', code: 'M2A6', note: 'x' }), {
      kind: 'annotate',
      note: 'Barèmes des enseignes',
      code: 'M2A6',
    });
    expect(pendingChanges(saved, draft)).toEqual([]);
  });

  it('undoes a new change by dropping it, and a modified one by restoring it', () => {
    const renamed = putChange(saved, { kind: 'rename', code: 'M3A1', label: 'Réclamations' });
    expect(undoChange(saved, renamed, 'rename:M3A1')).toEqual(saved);
    const modified = putChange(saved, { kind: 'annotate', code: 'M2A6', note: 'x' });
    expect(undoChange(saved, modified, 'annotate:M2A6')).toEqual(saved);
  });

  it('puts an undone removal back in its saved place, before the additions made under it', () => {
    const child: VariantChange = {
      kind: 'add',
      code: 'BTV-T1',
      type: 'task',
      parent: 'BTV-M2A7',
      label: 'Vérifier les allergènes',
    };
    const withChild = [...saved, child];
    const draft = removeChange(withChild, 'add', 'BTV-M2A7');
    expect(undoChange(withChild, draft, 'add:BTV-M2A7')).toEqual(withChild);
  });

  it('reads the change index of a problem path from the server or from core', () => {
    expect(changeIndexOf('body.changes[3].code')).toBe(3);
    expect(changeIndexOf('$.changes[12].parent')).toBe(12);
    expect(changeIndexOf('body.revision')).toBeUndefined();
  });

  it('files each problem under the change it names', () => {
    const message = { fr: 'Parent inconnu', en: 'Unknown parent' };
    const found = problemsByChange(saved, [
      { path: 'body.changes[2].parent', message },
      { path: 'body.changes[9].code', message },
      { path: 'body', message },
    ]);
    expect([...found]).toEqual([['add:BTV-M2A7', [message]]]);
  });
});
