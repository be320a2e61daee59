// Referentials in the formats of the field: France Compétences' RNCP open data (XML flux or CSV
// zip, streamed); CASE packages and spreadsheets are in caseInterchange.ts. The mappings are
// pure, in core; this file reads, stores, and reports.

import path from 'node:path';
import type { RncpMapping } from '@certeval/core/referential/rncp/mapFiche';
import type { Context } from '../platform/context.ts';
import { AppError, type ProblemDetail } from '../platform/errors.ts';
import { inWorker } from '../platform/workers/pool.ts';
import type csvZipTask from './rncp/csvZipTask.ts';
import { importRncpXmlFile } from './rncp/importRncp.ts';
import { type ImportResult, importCheckedFile } from './service.ts';

// Issue 14: the RNCP CSV export is mapped in a worker thread.
const readCsvZip = inWorker<typeof csvZipTask>(new URL('./rncp/csvZipTask.ts', import.meta.url));

export interface RncpImportReport {
  fiches: number;
  imported: ImportResult[];
  /** Fiches whose stored published version differs: kept as stored, reported here. */
  kept: string[];
  warnings: ProblemDetail[];
}

export interface RncpImportOptions {
  /** The name the export is known by (an upload's), else the file's own. */
  name?: string;
  /** Told the bytes of the XML read so far and the fiches stored, as the import goes. */
  onProgress?: (progress: { bytesRead?: number; fiches: number }) => void;
}

/**
 * Imports an RNCP or RS export (XML flux 4.1 streamed, or the CSV zip), all in one
 * transaction: a failure stores nothing. Messy data gives warnings, not failures.
 */
export async function importRncpExport(
  ctx: Context,
  file: string,
  actorId: string | null,
  options: RncpImportOptions = {},
): Promise<RncpImportReport> {
  const { name = path.basename(file), onProgress } = options;
  const report: RncpImportReport = { fiches: 0, imported: [], kept: [], warnings: [] };
  const mappings: AsyncIterable<RncpMapping> | Iterable<RncpMapping> = file
    .toLowerCase()
    .endsWith('.zip')
    ? (await readCsvZip({ file, limits: ctx.config.archiveLimits, name })).mappings
    : importRncpXmlFile(file, {
        name,
        onBytes: (bytesRead) => onProgress?.({ bytesRead, fiches: report.fiches }),
      });
  await ctx.database.db.transaction(async (tx) => {
    for await (const mapping of mappings) {
      report.fiches++;
      onProgress?.({ fiches: report.fiches });
      report.warnings.push(
        ...mapping.warnings.map((w) => ({
          code: w.code,
          path: w.path,
          message: w.message,
          file: w.file,
          ...(w.line !== undefined && { line: w.line }),
        })),
      );
      if (!mapping.ok) continue;
      const stored = await tx
        .transaction(async (fiche) =>
          importCheckedFile(fiche, mapping.file, { actorId, fileName: name }),
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
