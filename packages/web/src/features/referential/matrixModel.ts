// The activity × competence matrix (seed 000, slides 9-13): rows are the nodes that `require`
// something (missions of the CQP AGC, activity areas of an RNCP title, tasks of seed 004),
// columns what they require, grouped by their parent (domain, bloc…) then by competence kind.
import type {
  CompetenceKind,
  ReferentialNode,
  ReferentialVersion,
} from '@certeval/core/referential/fileSchema';
import { childrenOf, findNode, linksOfType } from '@certeval/core/referential/tree';

/** Node types that describe work done; shown under a row as its detail (slide 9: activities). */
const WORK_TYPES = new Set<ReferentialNode['type']>(['activity', 'sub_activity', 'task']);

export type MatrixRow = { node: ReferentialNode; details: ReferentialNode[] };
export type RowGroup = { parent: ReferentialNode | undefined; rows: MatrixRow[] };
export type KindGroup = { kind: CompetenceKind | undefined; columns: ReferentialNode[] };
export type ColumnGroup = { parent: ReferentialNode | undefined; kinds: KindGroup[] };

export type Matrix = {
  rowGroups: RowGroup[];
  columnGroups: ColumnGroup[];
  /** Columns in display order (the order of the groups). */
  columns: ReferentialNode[];
  linkCount: number;
  has: (from: string, to: string) => boolean;
};

/** Items grouped by a key, groups in order of first appearance. */
function groupBy<T, K>(items: T[], keyOf: (item: T) => K): Array<[K, T[]]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    groups.set(key, [...(groups.get(key) ?? []), item]);
  }
  return [...groups];
}

export function buildMatrix(version: ReferentialVersion): Matrix {
  const links = linksOfType(version, 'requires');
  const keys = new Set(links.map((link) => `${link.from}\u0000${link.to}`));
  const froms = new Set(links.map((link) => link.from));
  const tos = new Set(links.map((link) => link.to));
  // File order, which is the order of the seed.
  const rowNodes = version.nodes.filter((node) => froms.has(node.code));
  const columnNodes = version.nodes.filter((node) => tos.has(node.code));
  const parentOf = (node: ReferentialNode) =>
    node.parent ? findNode(version, node.parent) : undefined;

  const rowGroups = groupBy(rowNodes, (node) => node.parent).map(([, nodes]) => ({
    parent: nodes[0] && parentOf(nodes[0]),
    rows: nodes.map((node) => ({
      node,
      details: childrenOf(version, node.code).filter((child) => WORK_TYPES.has(child.type)),
    })),
  }));
  const columnGroups = groupBy(columnNodes, (node) => node.parent).map(([, nodes]) => ({
    parent: nodes[0] && parentOf(nodes[0]),
    kinds: groupBy(nodes, (node) => node.kind).map(([kind, columns]) => ({ kind, columns })),
  }));
  return {
    rowGroups,
    columnGroups,
    columns: columnGroups.flatMap((group) => group.kinds.flatMap((kind) => kind.columns)),
    linkCount: keys.size,
    has: (from, to) => keys.has(`${from}\u0000${to}`),
  };
}
