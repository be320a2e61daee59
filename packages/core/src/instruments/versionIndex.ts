// The lookups instruments need on a referential version, built once: nodes by code, the
// ancestors and descendants of a node, the competences a node `requires`, a node's domain.
import type { NodeType, ReferentialNode, ReferentialVersion } from '../referential/index.ts';

export const ACTIVITY_TYPES: readonly NodeType[] = [
  'mission',
  'activity',
  'sub_activity',
  'task',
  'activity_area',
];

export interface VersionIndex {
  version: ReferentialVersion;
  nodes: Map<string, ReferentialNode>;
  /** Ancestors of `code`, nearest first. */
  ancestors(code: string): ReferentialNode[];
  /** Descendants of `code`, depth first. */
  descendants(code: string): ReferentialNode[];
  /** Codes `code` requires (requires links), in link order. */
  requires(code: string): string[];
  /** Code of the nearest domain above `code`, if any. */
  domainOf(code: string): string | undefined;
}

export function indexVersion(version: ReferentialVersion): VersionIndex {
  const nodes = new Map(version.nodes.map((node) => [node.code, node]));
  const children = new Map<string, ReferentialNode[]>();
  for (const node of version.nodes) {
    if (node.parent !== undefined)
      children.set(node.parent, [...(children.get(node.parent) ?? []), node]);
  }
  const required = new Map<string, string[]>();
  for (const link of version.links) {
    if (link.type === 'requires')
      required.set(link.from, [...(required.get(link.from) ?? []), link.to]);
  }
  const ancestors = (code: string): ReferentialNode[] => {
    const chain: ReferentialNode[] = [];
    const seen = new Set([code]);
    let parent = nodes.get(code)?.parent;
    while (parent !== undefined && !seen.has(parent)) {
      const node = nodes.get(parent);
      if (!node) break;
      chain.push(node);
      seen.add(parent);
      parent = node.parent;
    }
    return chain;
  };
  const descendants = (code: string): ReferentialNode[] =>
    (children.get(code) ?? []).flatMap((child) => [child, ...descendants(child.code)]);
  return {
    version,
    nodes,
    ancestors,
    descendants,
    requires: (code) => required.get(code) ?? [],
    domainOf: (code) => ancestors(code).find((node) => node.type === 'domain')?.code,
  };
}
