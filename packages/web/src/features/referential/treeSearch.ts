// Searching the tree by code or label: which nodes match, and which must be open to show them.
import type { ReferentialNode, ReferentialVersion } from '@certeval/core/referential/fileSchema';
import { childrenOf } from '@certeval/core/referential/tree';

/** Lower case without accents: "Écoute" is found by "ecoute". */
export function folded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

export function matchesQuery(node: ReferentialNode, query: string): boolean {
  const wanted = folded(query.trim());
  return (
    wanted !== '' && (folded(node.code).includes(wanted) || folded(node.label).includes(wanted))
  );
}

/** The codes of every ancestor of `code`, nearest first. */
export function ancestorsOf(version: ReferentialVersion, code: string): string[] {
  const parents = new Map(version.nodes.map((node) => [node.code, node.parent]));
  const found: string[] = [];
  let parent = parents.get(code);
  while (parent !== undefined && !found.includes(parent)) {
    found.push(parent);
    parent = parents.get(parent);
  }
  return found;
}

export type TreeSearch = {
  /** Nodes whose code or label contains the query. */
  matches: Set<string>;
  /** Matches and their ancestors: everything the filtered tree shows. */
  visible: Set<string>;
  /** Ancestors of matches: the items to open. */
  open: Set<string>;
};

export function searchTree(version: ReferentialVersion, query: string): TreeSearch {
  const matches = new Set(
    version.nodes.filter((node) => matchesQuery(node, query)).map((node) => node.code),
  );
  const open = new Set([...matches].flatMap((code) => ancestorsOf(version, code)));
  return { matches, visible: new Set([...matches, ...open]), open };
}

/** The items open before any search: the roots, so the first level shows. */
export function initiallyOpen(version: ReferentialVersion): Set<string> {
  return new Set(childrenOf(version).map((node) => node.code));
}

/** Every item that has children, for "expand all". */
export function parentCodes(version: ReferentialVersion): Set<string> {
  return new Set(version.nodes.flatMap((node) => (node.parent ? [node.parent] : [])));
}
