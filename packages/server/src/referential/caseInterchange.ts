// CASE packages (JSON) and CASE spreadsheets (CSV) in and out of the referentials (issue 18).
// The mappings are pure, in core; this file reads, places and stores. A package keeps its
// identity: the framework whose CFDocument it names is updated (a new version, or its draft),
// not duplicated (caseIdentity.ts).
import { exportCase, importCase } from '@certeval/core';
import type { Context } from '../platform/context.ts';
import { AppError, type ProblemDetail } from '../platform/errors.ts';
import { inWorker } from '../platform/workers/pool.ts';
import { readCaseCsv } from './caseCsv.ts';
import { placeCaseFile } from './caseIdentity.ts';
import type caseImportTask from './caseImportTask.ts';
import type { CaseInput } from './caseImportTask.ts';
import {
  exportReferential,
  findVersionRow,
  type ImportResult,
  importCheckedFile,
} from './service.ts';

// Issue 14: CASE packages are mapped in a worker thread.
const mapCase = inWorker<typeof caseImportTask>(new URL('./caseImportTask.ts', import.meta.url));

/** A CSV file is a CASE spreadsheet; anything else is read as a JSON package. */
export function caseInput(body: unknown, fileName?: string): CaseInput {
  const isCsv = fileName?.toLowerCase().endsWith('.csv') ?? false;
  const text = Buffer.isBuffer(body) ? body.toString('utf8') : body;
  if (isCsv || Buffer.isBuffer(body)) {
    return { csv: typeof text === 'string' ? text : '', fileName: fileName ?? 'tableur-case.csv' };
  }
  return { json: text };
}

/** One version as a CASE 1.1 CFPackage, dated by its publication (or its last save, a draft). */
export async function exportCaseVersion(ctx: Context, slug: string, versionKey: string) {
  const row = await findVersionRow(ctx, slug, versionKey);
  const file = await exportReferential(ctx, slug);
  return exportCase(file, versionKey, {
    publicUrl: ctx.config.publicUrl,
    changedAt: row.publishedAt ?? row.updatedAt,
  });
}

type Mapped = ReturnType<typeof caseImportTask>;

function refused(mapped: Mapped, fileName?: string): AppError {
  const problems = (mapped.ok ? [] : mapped.problems).map((p) => ({
    ...p,
    ...(fileName ? { file: fileName } : {}),
  }));
  return new AppError('referential_invalid', undefined, undefined, problems);
}

/** Checks a CASE package or spreadsheet and returns the referential it maps to, storing nothing. */
export function checkCasePackage(input: CaseInput, fileName?: string) {
  const mapped = 'csv' in input ? readCaseCsv(input.csv, input.fileName) : importCase(input.json);
  if (mapped.ok) return mapped.file;
  throw refused(mapped, fileName);
}

/** Imports a CASE 1.0/1.1 package or spreadsheet; what had to be assumed comes back as warnings. */
export async function importCasePackage(
  ctx: Context,
  input: CaseInput,
  options: { actorId: string | null; fileName?: string },
): Promise<{ result: ImportResult; warnings: ProblemDetail[] }> {
  const mapped = await mapCase(input);
  if (!mapped.ok) throw refused(mapped, options.fileName);
  const result = await ctx.database.db.transaction(async (tx) =>
    importCheckedFile(tx, await placeCaseFile(tx, mapped.file), options),
  );
  const warnings = mapped.warnings.map((w) => ({
    ...w,
    ...(options.fileName ? { file: options.fileName } : {}),
  }));
  return { result, warnings };
}
