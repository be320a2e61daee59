// Our links from the associations of a package Certeval wrote: the association's extension names
// our exact link type, and the link is made when both ends are items of the package that the
// link rules allow. Every other association (any association of a foreign tool, a crosswalk, an
// end outside the package) is kept as a CASE association of the framework instead (keptCase.ts):
// a CASE package may point anywhere, a version's links may not.
import { LINK_TYPES, type LinkType, NODE_TYPES, type NodeType } from '../fileSchema.ts';
import { LINK_RULES, linkEndpointsAllowed } from '../rules.ts';
import type { NodeDraft } from './buildNodes.ts';
import type { End } from './buildTree.ts';
import type { RawAssociation } from './readPackage.ts';

/** A link before validation, with the path of the association it comes from. */
export interface LinkDraft {
  link: Record<string, unknown> & { type: LinkType; from: string; to: string };
  path: string;
  association: RawAssociation;
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

function linkOf(association: RawAssociation, ends: [End, End], nodes: NodeDraft[]) {
  const declared = association.certeval?.linkType as LinkType;
  const [origin, destination] = ends;
  if (!LINK_TYPES.includes(declared) || typeof origin !== 'number') return undefined;
  if (typeof destination !== 'number') return undefined;
  const [from, to] = [nodes[origin], nodes[destination]];
  if (!from || !to || !fits(declared, from, to)) return undefined;
  const extra = {
    ...optionalText(association.certeval, 'toVersion'),
    ...optionalText(association.certeval, 'source'),
  };
  return { type: declared, from: from.code, to: to.code, ...extra };
}

export function buildLinks(
  associations: RawAssociation[],
  resolve: (reference: string) => End,
  nodes: NodeDraft[],
): LinkDraft[] {
  return associations.flatMap((association) => {
    if (association.type === 'isChildOf') return [];
    const ends: [End, End] = [
      resolve(association.origin.reference),
      resolve(association.destination.reference),
    ];
    const link = linkOf(association, ends, nodes);
    return link ? [{ link, path: association.path, association }] : [];
  });
}
