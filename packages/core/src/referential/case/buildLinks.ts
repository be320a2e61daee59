// Our links from the non-tree associations of a package. The association's extension names our
// exact link type when the package is a Certeval export; otherwise the grouping title or the
// CASE type says it where it can (replacedBy, exactMatchOf, isPartOf). An association that none
// of our links can carry between these two items, or that leaves the package, is not imported
// and the import says so in a warning: a CASE package may point anywhere, a version may not.
import { LINK_TYPES, type LinkType, NODE_TYPES, type NodeType } from '../fileSchema.ts';
import { LINK_RULES, linkEndpointsAllowed } from '../rules.ts';
import type { NodeDraft } from './buildNodes.ts';
import type { End } from './buildTree.ts';
import { type CaseProblem, caseMessages, caseProblem } from './caseProblems.ts';
import type { RawAssociation } from './readPackage.ts';
import { linkTypeNamed } from './vocabulary.ts';

/** A link before validation, with the path of the association it comes from. */
export interface LinkDraft {
  link: Record<string, unknown> & { type: LinkType; from: string; to: string };
  path: string;
}

const BY_ASSOCIATION_TYPE: Partial<Record<string, LinkType>> = {
  replacedBy: 'replaced_by',
  exactMatchOf: 'equivalent_to',
  isPartOf: 'belongs_to',
};

function linkTypeOf(association: RawAssociation): LinkType | undefined {
  const declared = association.certeval?.linkType;
  if (LINK_TYPES.includes(declared as LinkType)) return declared as LinkType;
  const grouped = association.groupingTitle && linkTypeNamed(association.groupingTitle);
  return grouped || BY_ASSOCIATION_TYPE[association.type];
}

const nodeType = (node: NodeDraft | undefined): NodeType | undefined =>
  NODE_TYPES.includes(node?.type as NodeType) ? (node?.type as NodeType) : undefined;

/** Whether a link of `type` may join these two nodes of one version (see ../rules.ts). */
function fits(type: LinkType, from?: NodeDraft, to?: NodeDraft): boolean {
  const [fromType, toType] = [nodeType(from), nodeType(to)];
  if (!fromType || !toType || LINK_RULES[type].crossVersion) return false;
  return linkEndpointsAllowed(type, fromType, toType);
}

function optionalText(record: Record<string, unknown> | undefined, key: string) {
  const value = record?.[key];
  return typeof value === 'string' ? { [key]: value } : {};
}

function linkOf(
  association: RawAssociation,
  ends: [End, End],
  nodes: NodeDraft[],
  warnings: CaseProblem[],
): LinkDraft | undefined {
  const [origin, destination] = ends;
  if (typeof origin !== 'number' || typeof destination !== 'number') {
    const target = typeof origin === 'number' ? association.destination : association.origin;
    const message = caseMessages.externalAssociation(association.type, target);
    warnings.push(caseProblem('external_association', association.path, message));
    return undefined;
  }
  const type = linkTypeOf(association);
  const [from, to] = [nodes[origin], nodes[destination]];
  if (!type || !from || !to || !fits(type, from, to)) {
    const message = caseMessages.unsupportedAssociation(association.type);
    warnings.push(caseProblem('unsupported_association', association.path, message));
    return undefined;
  }
  const extra = {
    ...optionalText(association.certeval, 'toVersion'),
    ...optionalText(association.certeval, 'source'),
  };
  return { link: { type, from: from.code, to: to.code, ...extra }, path: association.path };
}

export function buildLinks(
  associations: RawAssociation[],
  resolve: (reference: string) => End,
  nodes: NodeDraft[],
  warnings: CaseProblem[],
): LinkDraft[] {
  return associations.flatMap((association) => {
    if (association.type === 'isChildOf') return [];
    const ends: [End, End] = [resolve(association.origin), resolve(association.destination)];
    return linkOf(association, ends, nodes, warnings) ?? [];
  });
}
