import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { diffVersions } from './diff.ts';
import { competence, node, referentialFile } from './factories.ts';
import type { ReferentialVersion } from './fileSchema.ts';

function version(nodes: ReferentialVersion['nodes'], links: ReferentialVersion['links'] = []) {
  return referentialFile(nodes, links).versions[0] as ReferentialVersion;
}

describe('diffVersions', () => {
  const v1 = version(
    [node('M1'), competence('RC1'), competence('RC2')],
    [{ type: 'requires', from: 'M1', to: 'RC1' }],
  );

  it('finds added, removed and changed items and links', () => {
    const v2 = version(
      [node('M1', { label: 'Collecter' }), competence('RC1'), competence('RC3')],
      [{ type: 'requires', from: 'M1', to: 'RC3' }],
    );
    const diff = diffVersions(v1, v2);
    expect(diff.added.map((n) => n.code)).toEqual(['RC3']);
    expect(diff.removed.map((n) => n.code)).toEqual(['RC2']);
    expect(diff.changed.map((c) => [c.code, c.fields])).toEqual([['M1', ['label']]]);
    expect(diff.addedLinks).toEqual([{ type: 'requires', from: 'M1', to: 'RC3' }]);
    expect(diff.removedLinks).toEqual([{ type: 'requires', from: 'M1', to: 'RC1' }]);
  });

  it('reports a moved item as changed in its parent', () => {
    const v2 = version([node('M1'), competence('RC1', 'M1'), competence('RC2')], v1.links);
    expect(diffVersions(v1, v2).changed.map((c) => [c.code, c.fields])).toEqual([
      ['RC1', ['parent']],
    ]);
  });

  it('finds nothing between a version and itself, and mirrors when swapped', () => {
    const codes = fc.uniqueArray(fc.stringMatching(/^[A-Z]{1,3}[0-9]{1,2}$/), { maxLength: 15 });
    fc.assert(
      fc.property(codes, codes, (left, right) => {
        const a = version(left.map((code) => competence(code)));
        const b = version(right.map((code) => competence(code)));
        const same = diffVersions(a, a);
        const there = diffVersions(a, b);
        const back = diffVersions(b, a);
        return (
          same.added.length + same.removed.length + same.changed.length === 0 &&
          JSON.stringify(there.added) === JSON.stringify(back.removed) &&
          JSON.stringify(there.removed) === JSON.stringify(back.added)
        );
      }),
    );
  });
});
