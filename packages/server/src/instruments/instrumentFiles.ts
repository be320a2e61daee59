// An instrument version as a file to download: the PDF a jury, tutor or trainer fills by hand
// (issue 4, item 6; paper/), or a questionnaire as a QTI 3.0 content package (item 5; qti/).
import type { Instrument } from '@certeval/core';
import { listOrganisations } from '../accounts/service.ts';
import { zipFiles } from '../platform/archive/writeZip.ts';
import type { Context } from '../platform/context.ts';
import { AppError, type ProblemDetail } from '../platform/errors.ts';
import { type DownloadedFile, safeFileName as safe } from '../platform/http/files.ts';
import type { Actor } from '../platform/policy.ts';
import { inWorker } from '../platform/workers/pool.ts';
import { exportCaseVersion } from '../referential/caseInterchange.ts';
import { getVersion } from '../referential/service.ts';
import { assertVisible } from './access.ts';
import { imageOf, loadImages } from './images.ts';
import type instrumentPdfTask from './paper/instrumentPdfTask.ts';
import { notExportable, type QtiVersion } from './qti/writeItem.ts';
import { type CaseLink, exportQtiPackage } from './qti/writePackage.ts';
import { findRow } from './service.ts';

const renderPdf = inWorker<typeof instrumentPdfTask>(
  new URL('./paper/instrumentPdfTask.ts', import.meta.url),
);

/** Who and what the printed form is for; a field left out prints blank, to fill by hand. */
export interface PaperQuery {
  date?: string;
  evaluator?: string;
  role?: string;
  candidate?: string;
  company?: string;
}

async function visibleRow(ctx: Context, actor: Actor, key: string, version: string) {
  const row = await findRow(ctx, key, version);
  assertVisible(actor, row);
  return row;
}

async function companyName(ctx: Context, organisationId: string | null) {
  if (organisationId === null) return undefined;
  return (await listOrganisations(ctx)).find((o) => o.id === organisationId)?.name;
}

export async function instrumentPdf(
  ctx: Context,
  actor: Actor,
  key: string,
  version: string,
  query: PaperQuery,
): Promise<DownloadedFile> {
  const row = await visibleRow(ctx, actor, key, version);
  const referential = await getVersion(ctx, row.certification ?? '', row.referentialVersion ?? '');
  const domainLabels = Object.fromEntries(
    referential.version.nodes.filter((n) => n.type === 'domain').map((n) => [n.code, n.label]),
  );
  const company = query.company ?? (await companyName(ctx, row.organisationId));
  const body = await renderPdf({
    instrument: row.document as Instrument,
    context: {
      certificationTitle: referential.certification.title?.fr ?? row.certification ?? '',
      domainLabels,
      ...(query.date ? { date: query.date } : {}),
      ...(query.evaluator ? { evaluatorName: query.evaluator } : {}),
      ...(query.role ? { evaluatorRole: query.role } : {}),
      ...(query.candidate ? { candidateName: query.candidate } : {}),
      ...(company ? { companyName: company } : {}),
    },
  });
  return { fileName: `${safe(key)}-v${safe(version)}.pdf`, contentType: 'application/pdf', body };
}

/** A picture one of the instrument's items shows (images/<sha256>.<ext>). */
export async function instrumentImage(
  ctx: Context,
  actor: Actor,
  key: string,
  version: string,
  name: string,
): Promise<DownloadedFile> {
  const row = await visibleRow(ctx, actor, key, version);
  const { contentType, body } = await imageOf(ctx.database.db, row.document as Instrument, name);
  return { fileName: name, contentType, body };
}

/** The items QTI cannot carry (observations, items scored on a scale), each located. */
function leftOut(instrument: Instrument): ProblemDetail[] {
  return instrument.sections.flatMap((section, s) =>
    section.items.flatMap((item, i) => {
      const why = notExportable(item);
      return why
        ? [{ code: 'not_exportable', path: `$.sections[${s}].items[${i}]`, message: why.reason }]
        : [];
    }),
  );
}

/** The CASE items of the referential version the instrument is bound to, by code. */
async function caseLinks(ctx: Context, certification: string | null, version: string | null) {
  if (!certification || !version) return {};
  const { CFDocument, CFItems } = await exportCaseVersion(ctx, certification, version);
  const caseItems = new Map<string, CaseLink>(
    CFItems.flatMap((item) =>
      item.humanCodingScheme
        ? [[item.humanCodingScheme, { identifier: item.identifier, uri: item.uri }]]
        : [],
    ),
  );
  return { caseItems, caseDocument: CFDocument.uri };
}

export async function instrumentQtiPackage(
  ctx: Context,
  actor: Actor,
  key: string,
  version: string,
  qtiVersion: QtiVersion = '3.0',
): Promise<DownloadedFile> {
  const row = await visibleRow(ctx, actor, key, version);
  const instrument = row.document as Instrument;
  if (instrument.kind !== 'questionnaire')
    throw new AppError('validation_failed', {
      fr: 'Seul un questionnaire s’exporte en QTI : imprimez les autres instruments en PDF.',
      en: 'Only a questionnaire exports as QTI: print the other instruments as PDF.',
    });
  const problems = leftOut(instrument);
  if (problems.length > 0)
    throw new AppError(
      'validation_failed',
      {
        fr: 'Ces items ne peuvent pas être exportés en QTI : rien n’a été exporté.',
        en: 'These items cannot be exported as QTI: nothing was exported.',
      },
      undefined,
      problems,
    );
  const links = await caseLinks(ctx, row.certification, row.referentialVersion);
  const images = await loadImages(ctx.database.db, instrument);
  const { files } = exportQtiPackage(instrument, { version: qtiVersion, images, ...links });
  const suffix = qtiVersion === '2.1' ? 'qti21' : 'qti';
  return {
    fileName: `${safe(key)}-v${safe(version)}-${suffix}.zip`,
    contentType: 'application/zip',
    body: zipFiles(files),
  };
}
