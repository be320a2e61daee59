import fc from 'fast-check';
import { describe, it } from 'vitest';
import { competence, referentialFile } from './factories.ts';
import type { ReferentialFile, ReferentialLink, ReferentialNode } from './fileSchema.ts';
import { validateReferential } from './validate.ts';

/** A valid file: activities and activity areas nested alternately, competence leaves, links. */
const validFile: fc.Arbitrary<ReferentialFile> = fc
  .record({
    parents: fc.array(fc.nat(), { minLength: 1, maxLength: 40 }),
    competenceParents: fc.array(fc.nat(), { maxLength: 20 }),
    links: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 30 }),
  })
  .map(({ parents, competenceParents, links }) => {
    const nodes: ReferentialNode[] = [];
    parents.forEach((pick, i) => {
      const parent = i === 0 || pick % (i + 1) === i ? undefined : nodes[pick % i];
      const type = parent?.type === 'activity' ? 'activity_area' : 'activity';
      const base = { type, code: `N${i}`, label: `Nœud ${i}` } as const;
      nodes.push(parent ? { ...base, parent: parent.code } : base);
    });
    const activities = [...nodes];
    const competences = competenceParents.map((pick, i) =>
      competence(`C${i}`, activities[pick % activities.length]?.code),
    );
    const pairs = new Map<string, ReferentialLink>();
    for (const [from, to] of links) {
      const source = activities[from % activities.length];
      const target = competences[to % Math.max(competences.length, 1)];
      if (source && target) {
        pairs.set(`${source.code}>${target.code}`, {
          type: 'requires',
          from: source.code,
          to: target.code,
        });
      }
    }
    return referentialFile([...nodes, ...competences], [...pairs.values()]);
  });

describe('validateReferential, for any input', () => {
  it('accepts every generated valid tree', () => {
    fc.assert(fc.property(validFile, (file) => validateReferential(file).ok));
  });

  it('reports any duplicated code at the duplicate', () => {
    fc.assert(
      fc.property(validFile, fc.nat(), (file, pick) => {
        const nodes = file.versions[0]?.nodes ?? [];
        const copy = nodes[pick % nodes.length] as ReferentialNode;
        nodes.push({ ...copy, label: 'copie' });
        const result = validateReferential(file);
        return (
          !result.ok &&
          result.problems.some(
            (p) =>
              p.code === 'duplicate_code' &&
              p.path === `$.versions[0].nodes[${nodes.length - 1}].code`,
          )
        );
      }),
    );
  });

  it('reports a closed chain of parents as exactly one cycle', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), (length) => {
        const nodes = Array.from({ length }, (_, i): ReferentialNode => {
          const type = i % 2 === 0 ? 'activity' : 'activity_area';
          return { type, code: `N${i}`, label: 'x', parent: `N${(i + 1) % length}` };
        });
        const result = validateReferential(referentialFile(nodes));
        const cycles = result.ok ? [] : result.problems.filter((p) => p.code === 'tree_cycle');
        return cycles.length === 1;
      }),
    );
  });

  it('never throws and never accepts arbitrary values', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = validateReferential(value);
        return !result.ok && result.problems.length > 0;
      }),
    );
  });
});
