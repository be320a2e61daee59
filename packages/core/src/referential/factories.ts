// Small builders of referential files with readable defaults, for tests here and elsewhere.
import type { ReferentialFile, ReferentialLink, ReferentialNode } from './fileSchema.ts';

export function node(code: string, fields: Partial<ReferentialNode> = {}): ReferentialNode {
  return { type: 'mission', code, label: `Libellé ${code}`, ...fields };
}

export function competence(code: string, parent?: string): ReferentialNode {
  const base: ReferentialNode = {
    type: 'competence',
    code,
    label: `Compétence ${code}`,
    kind: 'know_how',
  };
  return parent === undefined ? base : { ...base, parent };
}

export function referentialFile(
  nodes: ReferentialNode[],
  links: ReferentialLink[] = [],
): ReferentialFile {
  return {
    format: 'certeval.referential',
    formatVersion: 1,
    certification: { id: 'cqp-test', kind: 'cqp', nsf: [], rome: [] },
    versions: [{ id: '1', status: 'draft', sources: ['test'], nodes, links, discrepancies: [] }],
  };
}
