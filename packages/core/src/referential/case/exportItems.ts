// The CFItems and CFAssociations of one version. A node made in Certeval is a CFItem typed with
// the French name of its type (humanCodingScheme = code, fullStatement = label, what CASE has no
// field for in extensions.certeval); a node imported from CASE is written back with its own
// identifier, URI, type and fields, as it came. The tree is one isChildOf per node, ordered by
// sequenceNumber; our links are typed associations; the associations an import kept
// (crosswalks, ends outside the package) are written back as they came.
import type { CaseAssociationFields, CaseNodeLink } from '../caseRecordSchema.ts';
import type { ReferentialLink, ReferentialNode } from '../fileSchema.ts';
import type { CfAssociation, CfItem, CfNodeLink, ItemExtension } from './caseTypes.ts';
import { caseUri } from './caseUri.ts';
import { type Context, cachedUuid, defined, itemUri } from './exportContext.ts';
import { documentLink, groupingUri, itemTypeUri } from './exportDefinitions.ts';
import { itemNotes } from './readableNotes.ts';
import { COMPETENCE_KIND_LABELS, LINK_WORDING } from './vocabulary.ts';

function extensionOf(node: ReferentialNode): ItemExtension {
  const { code: _c, label: _l, parent: _p, case: _k, ...extension } = node;
  return extension;
}

function ourItem(ctx: Context, node: ReferentialNode): CfItem {
  const typeUri = itemTypeUri(ctx, node.type);
  const own = itemUri(ctx, node.code);
  return defined({
    identifier: own.identifier,
    uri: own.uri,
    fullStatement: node.label,
    CFItemType: typeUri.title,
    CFItemTypeURI: typeUri,
    humanCodingScheme: node.code,
    conceptKeywords: node.kind ? [COMPETENCE_KIND_LABELS[node.kind]] : undefined,
    notes: itemNotes(node),
    language: 'fr',
    lastChangeDateTime: ctx.stamp,
    extensions: { certeval: extensionOf(node) },
  });
}

function keptItem(ctx: Context, node: ReferentialNode): CfItem {
  const {
    identifier,
    uri,
    humanCodingScheme,
    codeDerived,
    childOf: _childOf,
    lastChangeDateTime,
    extensions,
    ...fields
  } = node.case ?? { identifier: '' };
  return defined({
    identifier,
    uri: uri ?? caseUri(ctx.publicUrl, 'CFItems', identifier),
    fullStatement: node.label,
    humanCodingScheme: humanCodingScheme ?? (codeDerived ? undefined : node.code),
    ...fields,
    lastChangeDateTime: lastChangeDateTime ?? ctx.stamp,
    extensions: { ...extensions, certeval: extensionOf(node) },
  });
}

export const exportItem = (ctx: Context, node: ReferentialNode): CfItem =>
  node.case ? keptItem(ctx, node) : ourItem(ctx, node);

/** A top item is isChildOf the CFDocument (as in every package of ../shared/fixtures/case). */
export function treeAssociation(ctx: Context, node: ReferentialNode, index: number): CfAssociation {
  const destination = node.parent === undefined ? documentLink(ctx) : itemUri(ctx, node.parent);
  const kept = node.case?.childOf;
  const identifier =
    kept?.identifier ??
    cachedUuid(
      ctx,
      'association',
      ctx.file.certification.id,
      ctx.versionId,
      'isChildOf',
      node.code,
    );
  return defined({
    identifier,
    uri: kept?.uri ?? caseUri(ctx.publicUrl, 'CFAssociations', identifier),
    associationType: 'isChildOf',
    sequenceNumber: node.case?.childOf ? kept?.sequenceNumber : index + 1,
    originNodeURI: itemUri(ctx, node.code),
    destinationNodeURI: destination,
    CFAssociationGroupingURI: kept?.CFAssociationGroupingURI,
    notes: kept?.notes,
    lastChangeDateTime: kept?.lastChangeDateTime ?? ctx.stamp,
    extensions: kept?.extensions,
  });
}

export function linkAssociation(ctx: Context, link: ReferentialLink): CfAssociation {
  const external = link.toVersion !== undefined && link.toVersion !== ctx.versionId;
  const key = [link.type, link.from, link.to, link.toVersion ?? ''];
  const identifier = cachedUuid(
    ctx,
    'association',
    ctx.file.certification.id,
    ctx.versionId,
    ...key,
  );
  return defined({
    identifier,
    uri: caseUri(ctx.publicUrl, 'CFAssociations', identifier),
    associationType: LINK_WORDING[link.type].associationType,
    originNodeURI: itemUri(ctx, link.from),
    destinationNodeURI: itemUri(ctx, link.to, link.toVersion),
    CFAssociationGroupingURI: groupingUri(ctx, link.type),
    lastChangeDateTime: ctx.stamp,
    extensions: {
      certeval: defined({
        linkType: link.type,
        toVersion: link.toVersion,
        toCode: external ? link.to : undefined,
        source: link.source,
      }),
    },
  });
}

/** A kept end as written; one of the framework's own without a URI gets its current one. */
function endLink(ctx: Context, end: CaseNodeLink): CfNodeLink {
  if (end.uri !== undefined) return { ...end, uri: end.uri };
  const document = documentLink(ctx);
  const own = ctx.byIdentifier.get(end.identifier);
  const uri = own?.uri ?? (document.identifier === end.identifier ? document.uri : end.identifier);
  return { ...end, uri };
}

export function keptAssociation(ctx: Context, kept: CaseAssociationFields): CfAssociation {
  return defined({
    ...kept,
    originNodeURI: endLink(ctx, kept.originNodeURI),
    destinationNodeURI: endLink(ctx, kept.destinationNodeURI),
    uri: kept.uri ?? caseUri(ctx.publicUrl, 'CFAssociations', kept.identifier),
    lastChangeDateTime: kept.lastChangeDateTime ?? ctx.stamp,
  });
}
