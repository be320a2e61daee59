import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { competence, node, referentialFile } from './factories.ts';
import type { ReferentialVersion } from './fileSchema.ts';
import { applyVariant, type VariantChange } from './variant.ts';

const national: ReferentialVersion = referentialFile(
  [
    node('M1', { label: 'Collecter et organiser les informations' }),
    node('M1A1', { type: 'activity', parent: 'M1', label: 'S’informer sur les promotions' }),
    node('M1A2', { type: 'activity', parent: 'M1', label: 'Vérifier les tarifs' }),
    node('M2', { label: 'Traiter les commandes' }),
    node('M2A1', { type: 'activity', parent: 'M2', label: 'Saisir les commandes' }),
    competence('RC1'),
  ],
  [
    { type: 'requires', from: 'M1A1', to: 'RC1' },
    { type: 'requires', from: 'M2A1', to: 'RC1' },
  ],
).versions[0] as ReferentialVersion;

const frozen = structuredClone(national);

describe('company adaptation of a national version', () => {
  it('renames, annotates, hides and adds, each line saying how it differs', () => {
    const changes: VariantChange[] = [
      { kind: 'rename', code: 'M2A1', label: 'Saisir les commandes dans l’ERP maison' },
      { kind: 'annotate', code: 'M1A2', note: 'Tarifs négociés par enseigne' },
      { kind: 'hide', code: 'M1A1', reason: 'Pas de promotions chez nous' },
      {
        kind: 'add',
        code: 'M2A9',
        type: 'activity',
        parent: 'M2',
        label: 'Préparer les commandes de biscuits sans gluten',
      },
    ];
    const result = applyVariant(national, changes);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const status = Object.fromEntries(result.lines.map((l) => [l.code, l.status.join('+')]));
    expect(status).toEqual({
      M1: 'national',
      M1A1: 'hidden',
      M1A2: 'annotated',
      M2: 'national',
      M2A1: 'renamed',
      M2A9: 'added',
      RC1: 'national',
    });
    expect(result.version.nodes.map((n) => n.code)).toEqual([
      'M1',
      'M1A2',
      'M2',
      'M2A1',
      'M2A9',
      'RC1',
    ]);
    expect(result.version.nodes.find((n) => n.code === 'M2A1')?.label).toBe(
      'Saisir les commandes dans l’ERP maison',
    );
    expect(result.lines.find((l) => l.code === 'M2A1')?.national?.label).toBe(
      'Saisir les commandes',
    );
    // A link to a hidden item goes with it.
    expect(result.version.links).toEqual([{ type: 'requires', from: 'M2A1', to: 'RC1' }]);
    expect(national).toEqual(frozen);
  });

  it('hides a whole branch with its parent', () => {
    const result = applyVariant(national, [{ kind: 'hide', code: 'M1' }]);
    expect(
      result.ok &&
        result.lines.filter((l) => l.status.includes('hidden')).map((l) => [l.code, l.hiddenWith]),
    ).toEqual([
      ['M1', undefined],
      ['M1A1', 'M1'],
      ['M1A2', 'M1'],
    ]);
  });

  it('refuses changes to unknown items, taken codes, wrong or hidden parents, and duplicates', () => {
    const result = applyVariant(national, [
      { kind: 'rename', code: 'M9A9', label: 'x' },
      { kind: 'add', code: 'M1A1', type: 'activity', parent: 'M1', label: 'x' },
      { kind: 'add', code: 'X1', type: 'activity', parent: 'NOPE', label: 'x' },
      { kind: 'add', code: 'X2', type: 'mission', parent: 'M1A2', label: 'x' },
      { kind: 'hide', code: 'M2' },
      { kind: 'add', code: 'X3', type: 'activity', parent: 'M2', label: 'x' },
      { kind: 'hide', code: 'M2' },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.code, p.path])).toEqual([
      ['unknown_national_item', '$.changes[0].code'],
      ['code_taken', '$.changes[1].code'],
      ['unknown_parent', '$.changes[2].parent'],
      ['invalid_parent_type', '$.changes[3].type'],
      ['hidden_parent', '$.changes[5].parent'],
      ['duplicate_change', '$.changes[6].code'],
    ]);
    expect(
      result.problems.every((p) => p.message.fr && p.message.en && p.message.fr !== p.message.en),
    ).toBe(true);
  });

  it('keeps every national item exactly once in the lines, whatever is hidden or renamed', () => {
    const codes = national.nodes.map((n) => n.code);
    const change = fc.oneof(
      fc.constantFrom(...codes).map((code): VariantChange => ({ kind: 'hide', code })),
      fc
        .tuple(fc.constantFrom(...codes), fc.string({ minLength: 1 }))
        .map(([code, label]): VariantChange => ({ kind: 'rename', code, label })),
    );
    fc.assert(
      fc.property(
        fc.uniqueArray(change, { selector: (c) => `${c.kind}:${c.code}`, maxLength: 8 }),
        (changes) => {
          const result = applyVariant(national, changes);
          expect(result.ok).toBe(true);
          if (!result.ok) return;
          expect(result.lines.map((l) => l.code).sort()).toEqual([...codes].sort());
          const hidden = new Set(
            result.lines.filter((l) => l.status.includes('hidden')).map((l) => l.code),
          );
          expect(result.version.nodes.every((n) => !hidden.has(n.code))).toBe(true);
          expect(result.version.nodes.length + hidden.size).toBe(codes.length);
          expect(national).toEqual(frozen);
        },
      ),
    );
  });
});
