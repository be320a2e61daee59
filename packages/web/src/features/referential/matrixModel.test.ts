import { node, referentialFile } from '@certeval/core/referential/factories';
import type { ReferentialVersion } from '@certeval/core/referential/fileSchema';
import { describe, expect, it } from 'vitest';
import { buildMatrix } from './matrixModel.ts';

// A small CQP shaped like seed 000, slides 9-13: missions with activities require competences
// of two domains.
const version = referentialFile(
  [
    node('M1'),
    node('M1A1', { type: 'activity', parent: 'M1' }),
    node('M1A2', { type: 'activity', parent: 'M1' }),
    node('M2'),
    node('R', { type: 'domain' }),
    node('RC1', { type: 'competence', kind: 'knowledge', parent: 'R' }),
    node('RSF1', { type: 'competence', kind: 'know_how', parent: 'R' }),
    node('RC2', { type: 'competence', kind: 'knowledge', parent: 'R' }),
    node('PO', { type: 'domain' }),
    node('POSF1', { type: 'competence', kind: 'know_how', parent: 'PO' }),
    node('KI1', { type: 'knowledge_item', parent: 'M1' }),
  ],
  [
    { type: 'requires', from: 'M1', to: 'RSF1' },
    { type: 'requires', from: 'M1', to: 'RC1' },
    { type: 'requires', from: 'M2', to: 'POSF1' },
    { type: 'belongs_to', from: 'RC2', to: 'PO' },
  ],
).versions[0] as ReferentialVersion;

const codes = (nodes: Array<{ code: string }>) => nodes.map((item) => item.code);

describe('the activity × competence matrix', () => {
  const matrix = buildMatrix(version);

  it('has a row per node that requires something, with its activities as details', () => {
    expect(matrix.rowGroups).toHaveLength(1);
    const rows = matrix.rowGroups[0]?.rows ?? [];
    expect(rows.map((row) => row.node.code)).toEqual(['M1', 'M2']);
    // The knowledge item under M1 describes no work: it is not a detail of the row.
    expect(codes(rows[0]?.details ?? [])).toEqual(['M1A1', 'M1A2']);
    expect(rows[1]?.details).toEqual([]);
  });

  it('has a column per required competence, grouped by domain then by kind, in file order', () => {
    expect(matrix.columnGroups.map((group) => group.parent?.code)).toEqual(['R', 'PO']);
    const domainR = matrix.columnGroups[0]?.kinds ?? [];
    expect(domainR.map((kind) => [kind.kind, codes(kind.columns)])).toEqual([
      ['knowledge', ['RC1']],
      ['know_how', ['RSF1']],
    ]);
    // RC2 is required by nobody: no column.
    expect(codes(matrix.columns)).toEqual(['RC1', 'RSF1', 'POSF1']);
  });

  it('marks exactly the required pairs and counts only `requires` links', () => {
    expect(matrix.linkCount).toBe(3);
    expect(matrix.has('M1', 'RC1')).toBe(true);
    expect(matrix.has('M2', 'POSF1')).toBe(true);
    expect(matrix.has('M2', 'RC1')).toBe(false);
    expect(matrix.has('RC2', 'PO')).toBe(false);
  });

  it('counts a link given twice once', () => {
    const doubled = {
      ...version,
      links: [...version.links, { type: 'requires' as const, from: 'M1', to: 'RC1' }],
    };
    expect(buildMatrix(doubled).linkCount).toBe(3);
  });

  it('is empty for a referential without `requires` links', () => {
    const empty = buildMatrix({ ...version, links: [] });
    expect(empty.rowGroups).toEqual([]);
    expect(empty.columns).toEqual([]);
    expect(empty.linkCount).toBe(0);
  });
});
