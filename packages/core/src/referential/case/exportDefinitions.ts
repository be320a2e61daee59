// The CFDefinitions of one version: a CFItemType per node type Certeval's own nodes use, a
// CFAssociationGrouping per link type, and the definitions an imported package brought (its
// item types, subjects, concepts, licences, groupings), written back as they came.
import type { CaseDefinition, CaseDefinitionKind } from '../caseRecordSchema.ts';
import {
  LINK_TYPES,
  NODE_TYPES,
  type ReferentialLink,
  type ReferentialNode,
} from '../fileSchema.ts';
import type { CfDefinition, CfPackage, LinkUri } from './caseTypes.ts';
import { type CaseCollection, caseUri } from './caseUri.ts';
import { type Context, cachedUuid, defined, linkUri } from './exportContext.ts';
import { documentIdentifier } from './identity.ts';
import { LINK_WORDING, NODE_TYPE_WORDING } from './vocabulary.ts';

export const itemTypeUri = (ctx: Context, type: ReferentialNode['type']) =>
  linkUri(ctx, 'CFItemTypes', cachedUuid(ctx, 'item-type', type), NODE_TYPE_WORDING[type].label);

export const groupingUri = (ctx: Context, type: ReferentialLink['type']) =>
  linkUri(
    ctx,
    'CFAssociationGroupings',
    cachedUuid(ctx, 'grouping', type),
    LINK_WORDING[type].label,
  );

/** The version's CFDocument as an association end. */
export function documentLink(ctx: Context): LinkUri {
  const kept = ctx.version.case?.document;
  const title = kept?.title ?? ctx.file.certification.title?.fr ?? ctx.file.certification.id;
  if (kept) {
    const uri = kept.uri ?? caseUri(ctx.publicUrl, 'CFDocuments', kept.identifier);
    return { title, identifier: kept.identifier, uri };
  }
  const identifier = documentIdentifier(ctx.file.certification.id, ctx.versionId);
  return linkUri(ctx, 'CFDocuments', identifier, title);
}

const COLLECTIONS: Record<CaseDefinitionKind, CaseCollection> = {
  CFConcepts: 'CFConcepts',
  CFSubjects: 'CFSubjects',
  CFLicenses: 'CFLicenses',
  CFItemTypes: 'CFItemTypes',
  CFAssociationGroupings: 'CFAssociationGroupings',
};

function keptDefinitions(ctx: Context, kind: CaseDefinitionKind): CfDefinition[] {
  return (ctx.version.case?.definitions?.[kind] ?? []).map((definition: CaseDefinition) =>
    defined({
      ...definition,
      uri: definition.uri ?? caseUri(ctx.publicUrl, COLLECTIONS[kind], definition.identifier),
      lastChangeDateTime: definition.lastChangeDateTime ?? ctx.stamp,
    }),
  );
}

export function definitions(ctx: Context): CfPackage['CFDefinitions'] {
  const ours = ctx.version.nodes.filter((node) => !node.case);
  const types = NODE_TYPES.filter((type) => ours.some((node) => node.type === type));
  const links = ctx.version.links;
  const linkTypes = LINK_TYPES.filter((type) => links.some((link) => link.type === type));
  const optional = (kind: 'CFSubjects' | 'CFConcepts' | 'CFLicenses') => {
    const kept = keptDefinitions(ctx, kind);
    return kept.length > 0 ? { [kind]: kept } : {};
  };
  return {
    CFItemTypes: [
      ...types.map((type) => ({
        ...itemTypeUri(ctx, type),
        description: NODE_TYPE_WORDING[type].description,
        hierarchyCode: String(NODE_TYPES.indexOf(type) + 1),
        typeCode: type,
        lastChangeDateTime: ctx.stamp,
      })),
      ...keptDefinitions(ctx, 'CFItemTypes'),
    ],
    CFAssociationGroupings: [
      ...linkTypes.map((type) => ({
        ...groupingUri(ctx, type),
        description: LINK_WORDING[type].description,
        lastChangeDateTime: ctx.stamp,
      })),
      ...keptDefinitions(ctx, 'CFAssociationGroupings'),
    ],
    ...optional('CFSubjects'),
    ...optional('CFConcepts'),
    ...optional('CFLicenses'),
  };
}
