// What changed between two versions of a referential (issue 3, "Versions"): items matched by
// code, links matched by type and ends. Pure: two versions in, a diff out.
import type { ReferentialLink, ReferentialNode, ReferentialVersion } from './fileSchema.ts';

export interface ChangedNode {
  code: string;
  before: ReferentialNode;
  after: ReferentialNode;
  /** The fields whose values differ, e.g. ["label", "parent"]. */
  fields: Array<keyof ReferentialNode>;
}

export interface VersionDiff {
  added: ReferentialNode[];
  removed: ReferentialNode[];
  changed: ChangedNode[];
  addedLinks: ReferentialLink[];
  removedLinks: ReferentialLink[];
}

function changedFields(before: ReferentialNode, after: ReferentialNode) {
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]) as Set<
    keyof ReferentialNode
  >;
  return [...keys].filter((key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]));
}

const linkKey = (link: ReferentialLink) =>
  [link.type, link.from, link.to, link.toVersion ?? ''].join('\u0000');

function linkDifference(from: ReferentialLink[], without: ReferentialLink[]): ReferentialLink[] {
  const keys = new Set(without.map(linkKey));
  return from.filter((link) => !keys.has(linkKey(link)));
}

/** Items of `b` not in `a` (added), of `a` not in `b` (removed), in both but different (changed). */
export function diffVersions(a: ReferentialVersion, b: ReferentialVersion): VersionDiff {
  const before = new Map(a.nodes.map((node) => [node.code, node]));
  const after = new Map(b.nodes.map((node) => [node.code, node]));
  const changed = b.nodes.flatMap((node): ChangedNode[] => {
    const old = before.get(node.code);
    const fields = old ? changedFields(old, node) : [];
    return old && fields.length > 0 ? [{ code: node.code, before: old, after: node, fields }] : [];
  });
  return {
    added: b.nodes.filter((node) => !before.has(node.code)),
    removed: a.nodes.filter((node) => !after.has(node.code)),
    changed,
    addedLinks: linkDifference(b.links, a.links),
    removedLinks: linkDifference(a.links, b.links),
  };
}
