// The tree of an imported package: each item's parent from its isChildOf association, and the
// order of the nodes. An isChildOf that does not place an item (a second parent, an end outside
// the package) stays an association of the framework (see keptCase.ts). Our order is the file
// order; CASE orders siblings by the sequenceNumber of their isChildOf association
// (CFPckgAssociation.sequenceNumber), often absent in 1.0 packages.
// We keep the package's item order and only permute siblings among the places they occupy, so a
// package without sequence numbers keeps its document order and our own exports come back as
// they left.
import { type CaseProblem, caseMessages, caseProblem } from './caseProblems.ts';
import type { RawAssociation, RawPackage } from './readPackage.ts';

/** Where an association end lands: an item (its index), the document, or outside the package. */
export type End = number | 'document' | undefined;

export interface Tree {
  /** Parent item index per item index; undefined for a root. */
  parentOf: Array<number | undefined>;
  /** Path of the isChildOf association giving each item its place. */
  placedBy: Array<string | undefined>;
  /** The isChildOf association giving each item its place. */
  placing: Array<RawAssociation | undefined>;
  /** Item indices in node order. */
  order: number[];
}

export function endResolver(pkg: RawPackage): (reference: string) => End {
  const ends = new Map<string, End>();
  pkg.items.forEach((item, index) => {
    if (item.uri && !ends.has(item.uri)) ends.set(item.uri, index);
    ends.set(item.identifier, index);
  });
  for (const key of [pkg.document.uri, pkg.document.identifier]) {
    if (key) ends.set(key, 'document');
  }
  return (reference) => ends.get(reference);
}

function siblingOrder(tree: Tree, sequence: Array<number | undefined>): number[] {
  const groups = new Map<number, number[]>();
  tree.parentOf.forEach((parent, index) => {
    const key = parent ?? -1;
    groups.set(key, [...(groups.get(key) ?? []), index]);
  });
  const order = new Array<number>(tree.parentOf.length);
  for (const places of groups.values()) {
    const sorted = [...places].sort(
      (a, b) => (sequence[a] ?? Infinity) - (sequence[b] ?? Infinity) || a - b,
    );
    places.forEach((place, k) => {
      order[place] = sorted[k] ?? place;
    });
  }
  return order;
}

function placeItem(
  tree: Tree,
  association: RawAssociation,
  resolve: (reference: string) => End,
  warnings: CaseProblem[],
): boolean {
  const child = resolve(association.origin.reference);
  const parent = resolve(association.destination.reference);
  if (typeof child !== 'number' || parent === undefined) return false;
  const first = tree.placedBy[child];
  if (first !== undefined) {
    warnings.push(caseProblem('extra_parent', association.path, caseMessages.extraParent(first)));
    return false;
  }
  tree.parentOf[child] = parent === 'document' ? undefined : parent;
  tree.placedBy[child] = association.path;
  tree.placing[child] = association;
  return true;
}

export function buildTree(
  pkg: RawPackage,
  resolve: (reference: string) => End,
  warnings: CaseProblem[],
): Tree {
  const count = pkg.items.length;
  const tree: Tree = {
    parentOf: new Array(count).fill(undefined),
    placedBy: new Array(count).fill(undefined),
    placing: new Array(count).fill(undefined),
    order: [],
  };
  const sequence = new Array<number | undefined>(count).fill(undefined);
  const outside: RawAssociation[] = [];
  for (const association of pkg.associations) {
    if (association.type !== 'isChildOf') continue;
    if (placeItem(tree, association, resolve, warnings)) {
      const child = resolve(association.origin.reference) as number;
      sequence[child] = association.sequenceNumber;
    } else if (resolve(association.destination.reference) === undefined) {
      outside.push(association);
    }
  }
  for (const association of outside) {
    const child = resolve(association.origin.reference);
    if (typeof child !== 'number' || tree.placing[child] !== undefined) continue;
    const target = association.destination.reference;
    const message = caseMessages.externalAssociation('isChildOf', target);
    warnings.push(caseProblem('external_association', association.path, message));
  }
  tree.order = siblingOrder(tree, sequence);
  return tree;
}
