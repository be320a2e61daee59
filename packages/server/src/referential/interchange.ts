// Referentials in the formats of the field: CASE 1.1 packages (export, lenient import) and
// France Compétences' RNCP open data (XML flux or CSV zip, streamed). The mappings are pure,
// in core; this file reads, stores, and reports.
import { exportCase, importCase } from '@certeval/core';
import type { RncpMapping } from '@certeval/core/referential/rncp/mapFiche';
import type { Context } from '../platform/context.ts';
import { AppError, type ProblemDetail } from '../platform/errors.ts';
import { inWorker } from '../platform/workers/pool.ts';
import type caseImportTask from './caseImportTask.ts';
import type csvZipTask from './rncp/csvZipTask.ts';
import { importRncpXmlFile } from './rncp/importRncp.ts';
import {
  exportReferential,
  type ImportResult,
  importCheckedFile,
  importReferential,
} from './service.ts';

// Issue 14: CASE packages and the RNCP CSV export are mapped in a worker thread.
const mapCase = inWorker<typeof caseImportTask>(new URL('./caseImportTask.ts', import.meta.url));
const readCsvZip = inWorker<typeof csvZipTask>(new URL('./rncp/csvZipTask.ts', import.meta.url));

export async function exportCaseVersion(ctx: Context, slug: string, versionKey: string) {
  const file = await exportReferential(ctx, slug);
  if (!file.versions.some((v) => v.id === versionKey)) {
    throw new AppError('not_found', {
      fr: `Version inconnue : « ${versionKey} ».`,
      en: `Unknown version: "${versionKey}".`,
    });
  }
  return exportCase(file, versionKey, {
    baseUri: `${ctx.config.publicUrl}/ims/case/v1p1`,
    now: ctx.now(),
  });
}

/** Checks a CASE package and returns the referential it maps to, storing nothing. */
export function checkCasePackage(input: string | unknown, fileName?: string) {
  const mapped = importCase(input);
  if (mapped.ok) return mapped.file;
  const problems = mapped.problems.map((p) => ({ ...p, ...(fileName ? { file: fileName } : {}) }));
  throw new AppError('referential_invalid', undefined, undefined, problems);
}

/** Imports a CASE 1.0 or 1.1 package; what had to be assumed comes back as warnings. */
export async function importCasePackage(
  ctx: Context,
  input: string | unknown,
  options: { actorId: string | null; fileName?: string },
): Promise<{ result: ImportResult; warnings: ProblemDetail[] }> {
  const mapped = await mapCase({ json: input });
  const locate = <T extends object>(p: T) => ({
    ...p,
    ...(options.fileName ? { file: options.fileName } : {}),
  });
  if (!mapped.ok)
    throw new AppError('referential_invalid', undefined, undefined, mapped.problems.map(locate));
  const result = await importReferential(ctx, mapped.file, options);
  return { result, warnings: mapped.warnings.map(locate) };
}

export interface RncpImportReport {
  fiches: number;
  imported: ImportResult[];
  /** Fiches whose stored published version differs: kept as stored, reported here. */
  kept: string[];
  warnings: ProblemDetail[];
}

/**
 * Imports an RNCP or RS export (XML flux 4.1 streamed, or the CSV zip), all in one
 * transaction: a failure stores nothing. Messy data gives warnings, not failures.
 */
export async function importRncpExport(
  ctx: Context,
  file: string,
  actorId: string | null,
): Promise<RncpImportReport> {
  const mappings: AsyncIterable<RncpMapping> | Iterable<RncpMapping> = file
    .toLowerCase()
    .endsWith('.zip')
    ? (await readCsvZip({ file, limits: ctx.config.archiveLimits })).mappings
    : importRncpXmlFile(file);
  const report: RncpImportReport = { fiches: 0, imported: [], kept: [], warnings: [] };
  await ctx.database.db.transaction(async (tx) => {
    for await (const mapping of mappings) {
      report.fiches++;
      report.warnings.push(
        ...mapping.warnings.map((w) => ({
          code: w.code,
          path: w.path,
          message: w.message,
          file: w.location ?? file,
        })),
      );
      if (!mapping.ok) continue;
      const stored = await tx
        .transaction(async (fiche) =>
          importCheckedFile(fiche, mapping.file, { actorId, fileName: file }),
        )
        .catch((error) => {
          if (error instanceof AppError && error.code === 'version_published') return undefined;
          throw error;
        });
      if (stored) report.imported.push(stored);
      else report.kept.push(mapping.number);
    }
  });
  return report;
}
