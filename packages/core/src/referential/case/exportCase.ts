// A version of a referential as a CASE 1.1 CFPackage (IMS Global CASE 1.1, CFPackage JSON
// Schema): the version is the CFDocument, each node a CFItem, the tree isChildOf associations
// ordered by sequenceNumber, and our links typed associations (exportItems.ts). What CASE has no
// field for travels in `extensions.certeval` (CASE 1.1 makes every class extensible) so that
// importCase gives back the same version; what an import kept of a CASE package (identifiers,
// URIs, fields, associations, definitions) is written back as it came. Every URI Certeval makes
// is built by caseUri, and every lastChangeDateTime it writes is the version's publication
// (options.changedAt), so that exporting a published version twice gives the same package.
// Pure: the date and the public address are passed in.
import type { ReferentialFile } from '../fileSchema.ts';
import type { CfDocument, CfPackage, DocumentExtension } from './caseTypes.ts';
import { caseUri } from './caseUri.ts';
import { type Context, defined, type ExportOptions, exportContext } from './exportContext.ts';
import { definitions, documentLink } from './exportDefinitions.ts';
import { exportItem, keptAssociation, linkAssociation, treeAssociation } from './exportItems.ts';
import { documentFacts } from './readableNotes.ts';

export type { ExportOptions } from './exportContext.ts';

function documentExtension(ctx: Context): DocumentExtension {
  const { id, status, sources, discrepancies } = ctx.version;
  return {
    format: ctx.file.format,
    formatVersion: ctx.file.formatVersion,
    certification: ctx.file.certification,
    version: { id, status, sources, discrepancies },
  };
}

const codeLabel = (entry: { code: string; label?: string | undefined }) =>
  entry.label ? `${entry.code} ${entry.label}` : entry.code;

function officialSource(rncp?: string, rs?: string): string | undefined {
  if (rncp) return `https://www.francecompetences.fr/recherche/rncp/${rncp}/`;
  return rs ? `https://www.francecompetences.fr/recherche/rs/${rs}/` : undefined;
}

function ourDocument(ctx: Context, extension: DocumentExtension): CfDocument {
  const { certification, version } = extension;
  const certifier = certification.certifier?.name;
  const { identifier, uri, title } = documentLink(ctx);
  return defined({
    identifier,
    uri,
    frameworkType: 'Référentiel de certification',
    caseVersion: '1.1',
    // CASE requires a creator; the seeds do not always name their certifier.
    creator: certifier ?? 'Certificateur non précisé',
    title,
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

function keptDocument(ctx: Context, extension: DocumentExtension): CfDocument {
  const { identifier, uri, creator, title, lastChangeDateTime, extensions, ...fields } = ctx.version
    .case?.document ?? { identifier: '' };
  return defined({
    identifier,
    uri: uri ?? caseUri(ctx.publicUrl, 'CFDocuments', identifier),
    ...fields,
    caseVersion: '1.1',
    creator: creator ?? ctx.file.certification.certifier?.name ?? 'Certificateur non précisé',
    title: title ?? documentLink(ctx).title,
    lastChangeDateTime: lastChangeDateTime ?? ctx.stamp,
    extensions: { ...extensions, certeval: extension },
  });
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
  const ctx = exportContext(file, version, options);
  const extension = documentExtension(ctx);
  const rubrics = version.case?.rubrics ?? [];
  return {
    CFDocument: version.case?.document ? keptDocument(ctx, extension) : ourDocument(ctx, extension),
    CFItems: version.nodes.map((node) => exportItem(ctx, node)),
    CFAssociations: [
      ...version.nodes.map((node, index) => treeAssociation(ctx, node, index)),
      ...version.links.map((link) => linkAssociation(ctx, link)),
      ...(version.case?.associations ?? []).map((kept) => keptAssociation(ctx, kept)),
    ],
    CFDefinitions: definitions(ctx),
    ...(rubrics.length > 0 ? { CFRubrics: rubrics } : {}),
  };
}

/** Only the CFDocument of one version: what the list of the CASE service shows of each. */
export function exportCaseDocument(
  file: ReferentialFile,
  versionId: string,
  options: ExportOptions,
): CfDocument {
  const version = file.versions.find((candidate) => candidate.id === versionId);
  if (!version) throw new RangeError(`No version "${versionId}" in ${file.certification.id}`);
  const ctx = exportContext(file, { ...version, nodes: [] }, options);
  const extension = documentExtension(ctx);
  return version.case?.document ? keptDocument(ctx, extension) : ourDocument(ctx, extension);
}
