// Reading a validated version as a tree: children in file order, nodes by type, links by type.
import type {
  CompetenceKind,
  LinkType,
  NodeType,
  ReferentialLink,
  ReferentialNode,
  ReferentialVersion,
} from './fileSchema.ts';

/** Children of `code` in file order; the roots when `code` is undefined. */
export function childrenOf(version: ReferentialVersion, code?: string): ReferentialNode[] {
  return version.nodes.filter((node) => node.parent === code);
}

/** All nodes under `code`, depth first, in file order. */
export function descendantsOf(version: ReferentialVersion, code: string): ReferentialNode[] {
  return childrenOf(version, code).flatMap((child) => [
    child,
    ...descendantsOf(version, child.code),
  ]);
}

export function nodesOfType(version: ReferentialVersion, type: NodeType): ReferentialNode[] {
  return version.nodes.filter((node) => node.type === type);
}

export function competencesOfKind(
  version: ReferentialVersion,
  kind: CompetenceKind,
): ReferentialNode[] {
  return version.nodes.filter((node) => node.type === 'competence' && node.kind === kind);
}

export function linksOfType(version: ReferentialVersion, type: LinkType): ReferentialLink[] {
  return version.links.filter((link) => link.type === type);
}

export function findNode(version: ReferentialVersion, code: string): ReferentialNode | undefined {
  return version.nodes.find((node) => node.code === code);
}
