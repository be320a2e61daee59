import { describe, expect, it } from 'vitest';
import { competence, node, referentialFile } from './factories.ts';
import type { Problem } from './problems.ts';
import { validateReferential } from './validate.ts';

function problemsOf(input: unknown): Problem[] {
  const result = validateReferential(input);
  return result.ok ? [] : result.problems;
}

const mission = node('M1');
const activity = node('M1A1', { type: 'activity', parent: 'M1' });

describe('validateReferential', () => {
  it('returns the typed file when it is valid', () => {
    const file = referentialFile(
      [mission, activity, competence('RC1')],
      [{ type: 'requires', from: 'M1A1', to: 'RC1' }],
    );
    const result = validateReferential(file);
    expect(result.ok && result.value.versions[0]?.nodes).toHaveLength(3);
  });

  it('reports a duplicate code at the second occurrence, in French and English', () => {
    const problems = problemsOf(referentialFile([mission, node('M1', { label: 'Autre' })]));
    expect(problems).toEqual([
      {
        code: 'duplicate_code',
        path: '$.versions[0].nodes[1].code',
        message: {
          fr: 'Le code « M1 » est déjà utilisé dans cette version ($.versions[0].nodes[0]).',
          en: 'Code "M1" is already used in this version ($.versions[0].nodes[0]).',
        },
      },
    ]);
  });

  it('reports a link to a missing node', () => {
    const file = referentialFile([mission], [{ type: 'requires', from: 'M1', to: 'RC9' }]);
    expect(problemsOf(file)).toMatchObject([
      { code: 'unknown_link_target', path: '$.versions[0].links[0].to' },
    ]);
  });

  it('reports a link from a missing node', () => {
    const file = referentialFile(
      [competence('RC1')],
      [{ type: 'requires', from: 'M9', to: 'RC1' }],
    );
    expect(problemsOf(file)).toMatchObject([
      { code: 'unknown_link_source', path: '$.versions[0].links[0].from' },
    ]);
  });

  it('reports a cycle in the tree once, naming its codes', () => {
    const file = referentialFile([
      node('A1', { type: 'activity', parent: 'A2' }),
      node('A2', { type: 'activity_area', parent: 'A1' }),
    ]);
    const problems = problemsOf(file);
    expect(problems.map((p) => p.code)).toEqual(['tree_cycle']);
    expect(problems[0]?.message.en).toBe('The tree contains a cycle: A1 → A2 → A1.');
  });

  it('reports an unknown parent and a parent of the wrong type', () => {
    const file = referentialFile([
      node('M1A1', { type: 'activity', parent: 'M9' }),
      node('T1', { type: 'task', parent: 'RC1' }),
      competence('RC1'),
    ]);
    expect(problemsOf(file).map((p) => [p.code, p.path])).toEqual([
      ['unknown_parent', '$.versions[0].nodes[0].parent'],
      ['invalid_parent_type', '$.versions[0].nodes[1].parent'],
    ]);
  });

  it('reports a link whose ends do not fit its type', () => {
    const file = referentialFile(
      [mission, competence('RC1')],
      [{ type: 'belongs_to', from: 'RC1', to: 'M1' }],
    );
    expect(problemsOf(file).map((p) => p.code)).toEqual(['invalid_link_endpoint']);
  });

  it('reports a duplicate link', () => {
    const link = { type: 'requires', from: 'M1', to: 'RC1' } as const;
    const file = referentialFile([mission, competence('RC1')], [link, link]);
    expect(problemsOf(file).map((p) => [p.code, p.path])).toEqual([
      ['duplicate_link', '$.versions[0].links[1]'],
    ]);
  });

  it('requires a kind on a competence and refuses one elsewhere', () => {
    const file = referentialFile([
      node('RC1', { type: 'competence' }),
      node('M1', { kind: 'knowledge' }),
    ]);
    expect(problemsOf(file).map((p) => [p.code, p.path])).toEqual([
      ['missing_field', '$.versions[0].nodes[0].kind'],
      ['field_not_allowed', '$.versions[0].nodes[1].kind'],
    ]);
  });

  it('links an item to an item of another version of the file', () => {
    const file = referentialFile([competence('RC1')]);
    const [first] = file.versions;
    if (!first) throw new Error('the factory gives one version');
    const next = { ...first, id: '2', nodes: [competence('RC1bis')], links: [] };
    file.versions.push(next);
    first.links.push({
      type: 'replaced_by',
      from: 'RC1',
      to: 'RC1bis',
      toVersion: '2',
    });
    expect(validateReferential(file).ok).toBe(true);
    first.links.push({ type: 'equivalent_to', from: 'RC1', to: 'RC1' });
    first.links.push({ type: 'equivalent_to', from: 'RC1', to: 'X', toVersion: '3' });
    expect(problemsOf(file).map((p) => p.code)).toEqual([
      'cross_version_link_required',
      'unknown_version',
    ]);
  });

  it('reports schema violations with their path and both languages', () => {
    const file = referentialFile([mission]) as unknown as Record<string, unknown>;
    const bad = { ...file, formatVersion: 2, extra: true };
    const problems = problemsOf(bad);
    expect(problems.map((p) => p.path).sort()).toEqual(['$.extra', '$.formatVersion']);
    expect(
      problems.every((p) => p.code === 'schema_violation' && p.message.fr && p.message.en),
    ).toBe(true);
  });

  it('names the missing field and the bad enum value of a node', () => {
    const problems = problemsOf(referentialFile([{ type: 'mision', code: 'M1' } as never]));
    expect(problems.map((p) => p.path).sort()).toEqual([
      '$.versions[0].nodes[0].label',
      '$.versions[0].nodes[0].type',
    ]);
  });
});
