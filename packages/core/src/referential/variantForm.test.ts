import { describe, expect, it } from 'vitest';
import { checkVariantChange } from './variantForm.ts';

const where = (problems: { path: string; message: { fr: string } }[]) =>
  problems.map((p) => `${p.path}: ${p.message.fr}`);

describe('the check of one change of an adaptation', () => {
  it('lists every problem of an added item at once, a code already used among them', () => {
    const used = new Set(['A1', 'A1.1']);
    expect(
      where(
        checkVariantChange(
          { kind: 'add', code: 'A1.1', type: 'activity', parent: 'A1', label: '' },
          used,
        ),
      ),
    ).toEqual(['/code: Le code « A1.1 » est déjà utilisé.', '/label: Ce champ est obligatoire.']);
    expect(
      where(
        checkVariantChange({ kind: 'add', code: '', type: 'activity', parent: 'A1', label: '' }),
      ),
    ).toEqual(['/code: Ce champ est obligatoire.', '/label: Ce champ est obligatoire.']);
  });

  it('accepts a change the draft would be saved with', () => {
    expect(
      checkVariantChange(
        { kind: 'add', code: 'BTV-1', type: 'activity', parent: 'A1', label: 'Préparer' },
        new Set(['A1']),
      ),
    ).toEqual([]);
    expect(checkVariantChange({ kind: 'hide', code: 'A1' })).toEqual([]);
    expect(checkVariantChange({ kind: 'rename', code: 'A1', label: 'Accueillir' })).toEqual([]);
  });

  it('requires the text of a rename or a note, and keeps each at its length', () => {
    expect(where(checkVariantChange({ kind: 'rename', code: 'A1', label: '' }))).toEqual([
      '/label: Ce champ est obligatoire.',
    ]);
    expect(
      checkVariantChange({ kind: 'annotate', code: 'A1', note: 'x'.repeat(2001) }, new Set(), 'c'),
    ).toMatchObject([{ path: 'c/note' }]);
  });
});
