// Any valid version survives exportCase then importCase unchanged: random trees of blocs and
// competences (codes and labels with spaces, accents and astral characters), optional texts,
// and belongs_to links, in a random file order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { referentialFile } from '../factories.ts';
import type { ReferentialLink, ReferentialNode } from '../fileSchema.ts';
import { validateReferential } from '../validate.ts';
import { exportCase } from './exportCase.ts';
import { importCase } from './importCase.ts';

const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 });
const code = text.map((t) => t.trim()).filter((t) => t.length > 0 && t === t.trim());

const nodeFields = fc.record(
  { label: text, description: text, notes: fc.array(text, { maxLength: 2 }), labelEn: text },
  { requiredKeys: ['label'] },
);

/** Blocs at the root, then competences each under a bloc or an earlier competence. */
const version = fc
  .uniqueArray(code, { minLength: 2, maxLength: 25 })
  .chain((codes) =>
    fc.tuple(
      fc.constant(codes),
      fc.array(nodeFields, { minLength: codes.length, maxLength: codes.length }),
      fc.array(fc.nat(), { minLength: codes.length, maxLength: codes.length }),
      fc.shuffledSubarray(codes.slice(1)),
    ),
  )
  .map(([codes, fields, picks, linked]) => {
    const nodes: ReferentialNode[] = codes.map((c, i) => {
      const base = { code: c, ...fields[i], label: fields[i]?.label ?? c };
      if (i === 0) return { ...base, type: 'bloc' };
      const parent = codes[(picks[i] ?? 0) % i] ?? codes[0];
      return { ...base, type: 'competence', kind: 'know_how', parent };
    });
    const bloc = codes[0] ?? '';
    const links: ReferentialLink[] = linked.map((from) => ({ type: 'belongs_to', from, to: bloc }));
    return { nodes, links };
  });

describe('exportCase then importCase', () => {
  it('gives back any valid version', () => {
    fc.assert(
      fc.property(version, fc.boolean(), ({ nodes, links }, reversed) => {
        const file = referentialFile(reversed ? [...nodes].reverse() : nodes, links);
        fc.pre(validateReferential(file).ok);
        const pkg = exportCase(file, '1', { publicUrl: 'urn:test', changedAt: new Date(0) });
        const back = importCase(JSON.parse(JSON.stringify(pkg)));
        expect(back).toStrictEqual({ ok: true, file, warnings: [] });
      }),
      { numRuns: 60 },
    );
  });
});
