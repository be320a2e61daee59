// A version of a referential as a CASE 1.1 CFPackage (IMS Global CASE 1.1, CFPackage JSON
// Schema): the version is the CFDocument, each node a CFItem (CFItemType = the French name of
// its type, humanCodingScheme = its code, fullStatement = its label), the tree isChildOf
// associations ordered by sequenceNumber, and our links typed associations. What CASE has no
// field for travels in `extensions.certeval` (CASE 1.1 makes every class extensible) so that
// importCase gives back the same version. Pure: the clock and the base URI are passed in.
import type { ReferentialFile, ReferentialLink, ReferentialNode } from '../fileSchema.ts';
import { LINK_TYPES, NODE_TYPES } from '../fileSchema.ts';
import type {
  CfAssociation,
  CfDocument,
  CfItem,
  CfPackage,
  DocumentExtension,
  LinkUri,
} from './caseTypes.ts';
import { documentFacts, itemNotes } from './readableNotes.ts';
import { CERTEVAL_CASE_NAMESPACE, uuidV5 } from './uuid.ts';
import { COMPETENCE_KIND_LABELS, LINK_WORDING, NODE_TYPE_WORDING } from './vocabulary.ts';

export interface ExportOptions {
  /** Root of the CASE service, e.g. https://certeval.example/ims/case/v1p1 */
  baseUri: string;
  now: Date;
}

interface Context {
  file: ReferentialFile;
  versionId: string;
  base: string;
  stamp: string;
  /** Identifiers already derived: each item is named by its CFItem and by every association. */
  ids: Map<string, string>;
}

/** Deterministic UUID v5 of one object of the export; JSON keeps "a/b" + "c" apart from "a" + "b/c". */
const uuidOf = (...parts: string[]) => uuidV5(CERTEVAL_CASE_NAMESPACE, JSON.stringify(parts));

function cachedUuid(ctx: Context, ...parts: string[]): string {
  const key = JSON.stringify(parts);
  let id = ctx.ids.get(key);
  if (id === undefined) {
    id = uuidV5(CERTEVAL_CASE_NAMESPACE, key);
    ctx.ids.set(key, id);
  }
  return id;
}

/** Drops undefined values so that the JSON has no empty keys and compares cleanly. */
function defined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function linkUri(ctx: Context, collection: string, identifier: string, title: string): LinkUri {
  return { title, identifier, uri: `${ctx.base}/${collection}/${identifier}` };
}

const documentId = (ctx: Context) =>
  cachedUuid(ctx, 'document', ctx.file.certification.id, ctx.versionId);

const itemId = (ctx: Context, versionId: string, code: string) =>
  cachedUuid(ctx, 'item', ctx.file.certification.id, versionId, code);

const itemTypeUri = (ctx: Context, type: ReferentialNode['type']) =>
  linkUri(ctx, 'CFItemTypes', cachedUuid(ctx, 'item-type', type), NODE_TYPE_WORDING[type].label);

const groupingUri = (ctx: Context, type: ReferentialLink['type']) =>
  linkUri(
    ctx,
    'CFAssociationGroupings',
    cachedUuid(ctx, 'grouping', type),
    LINK_WORDING[type].label,
  );

function itemUri(ctx: Context, code: string, versionId = ctx.versionId): LinkUri {
  return linkUri(ctx, 'CFItems', itemId(ctx, versionId, code), code);
}

function exportItem(ctx: Context, node: ReferentialNode): CfItem {
  const { code, label, parent: _parent, ...extension } = node;
  const typeUri = itemTypeUri(ctx, node.type);
  return defined({
    identifier: itemId(ctx, ctx.versionId, code),
    uri: itemUri(ctx, code).uri,
    fullStatement: label,
    CFItemType: typeUri.title,
    CFItemTypeURI: typeUri,
    humanCodingScheme: code,
    conceptKeywords: node.kind ? [COMPETENCE_KIND_LABELS[node.kind]] : undefined,
    notes: itemNotes(node),
    language: 'fr',
    lastChangeDateTime: ctx.stamp,
    extensions: { certeval: extension },
  });
}

function association(
  ctx: Context,
  key: string[],
  fields: Omit<CfAssociation, 'identifier' | 'uri' | 'lastChangeDateTime'>,
): CfAssociation {
  const identifier = uuidOf('association', ctx.file.certification.id, ctx.versionId, ...key);
  return defined({
    identifier,
    uri: `${ctx.base}/CFAssociations/${identifier}`,
    ...fields,
    lastChangeDateTime: ctx.stamp,
  });
}

/** A top item is isChildOf the CFDocument (as in every package of ../shared/fixtures/case). */
function treeAssociation(ctx: Context, node: ReferentialNode, index: number): CfAssociation {
  const title = ctx.file.certification.title?.fr ?? ctx.file.certification.id;
  const destination =
    node.parent === undefined
      ? linkUri(ctx, 'CFDocuments', documentId(ctx), title)
      : itemUri(ctx, node.parent);
  return association(ctx, ['isChildOf', node.code], {
    associationType: 'isChildOf',
    sequenceNumber: index + 1,
    originNodeURI: itemUri(ctx, node.code),
    destinationNodeURI: destination,
  });
}

function linkAssociation(ctx: Context, link: ReferentialLink): CfAssociation {
  const external = link.toVersion !== undefined && link.toVersion !== ctx.versionId;
  const key = [link.type, link.from, link.to, link.toVersion ?? ''];
  return association(ctx, key, {
    associationType: LINK_WORDING[link.type].associationType,
    originNodeURI: itemUri(ctx, link.from),
    destinationNodeURI: itemUri(ctx, link.to, link.toVersion),
    CFAssociationGroupingURI: groupingUri(ctx, link.type),
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

function exportDocument(ctx: Context, extension: DocumentExtension): CfDocument {
  const { certification, version } = extension;
  const certifier = certification.certifier?.name;
  return defined({
    identifier: documentId(ctx),
    uri: `${ctx.base}/CFDocuments/${documentId(ctx)}`,
    frameworkType: 'Référentiel de certification',
    caseVersion: '1.1',
    // CASE requires a creator; the seeds do not always name their certifier.
    creator: certifier ?? 'Certificateur non précisé',
    title: certification.title?.fr ?? certification.id,
    lastChangeDateTime: ctx.stamp,
    officialSourceURL: officialSource(certification.rncp, certification.rs),
    publisher: certifier,
    subject: certification.nsf.length > 0 ? certification.nsf.map(codeLabel) : undefined,
    language: 'fr',
    version: version.id,
    adoptionStatus: version.status === 'published' ? 'Adopted' : 'Draft',
    statusStartDate: certification.registration?.effectiveFrom,
    statusEndDate: certification.registration?.until,
    notes: documentFacts(certification, version),
    extensions: { certeval: extension },
  });
}

const codeLabel = (entry: { code: string; label?: string | undefined }) =>
  entry.label ? `${entry.code} ${entry.label}` : entry.code;

function officialSource(rncp?: string, rs?: string): string | undefined {
  if (rncp) return `https://www.francecompetences.fr/recherche/rncp/${rncp}/`;
  return rs ? `https://www.francecompetences.fr/recherche/rs/${rs}/` : undefined;
}

function definitions(ctx: Context, nodes: ReferentialNode[], links: ReferentialLink[]) {
  const types = NODE_TYPES.filter((type) => nodes.some((node) => node.type === type));
  const linkTypes = LINK_TYPES.filter((type) => links.some((link) => link.type === type));
  return {
    CFItemTypes: types.map((type) => ({
      ...itemTypeUri(ctx, type),
      description: NODE_TYPE_WORDING[type].description,
      hierarchyCode: String(NODE_TYPES.indexOf(type) + 1),
      typeCode: type,
      lastChangeDateTime: ctx.stamp,
    })),
    CFAssociationGroupings: linkTypes.map((type) => ({
      ...groupingUri(ctx, type),
      description: LINK_WORDING[type].description,
      lastChangeDateTime: ctx.stamp,
    })),
  };
}

/**
 * The CFPackage of one version of `file`. Throws a RangeError when the file has no version
 * `versionId`: the caller picks the id from the file it holds, so a miss is a bug.
 */
export function exportCase(
  file: ReferentialFile,
  versionId: string,
  options: ExportOptions,
): CfPackage {
  const version = file.versions.find((candidate) => candidate.id === versionId);
  if (!version) throw new RangeError(`No version "${versionId}" in ${file.certification.id}`);
  const ctx: Context = {
    file,
    versionId,
    base: options.baseUri.replace(/\/+$/, ''),
    stamp: options.now.toISOString(),
    ids: new Map(),
  };
  const { id, status, sources, discrepancies } = version;
  const extension: DocumentExtension = {
    format: file.format,
    formatVersion: file.formatVersion,
    certification: file.certification,
    version: { id, status, sources, discrepancies },
  };
  return {
    CFDocument: exportDocument(ctx, extension),
    CFItems: version.nodes.map((node) => exportItem(ctx, node)),
    CFAssociations: [
      ...version.nodes.map((node, index) => treeAssociation(ctx, node, index)),
      ...version.links.map((link) => linkAssociation(ctx, link)),
    ],
    CFDefinitions: definitions(ctx, version.nodes, version.links),
  };
}
