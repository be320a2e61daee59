// Bulk recording (issue 5, item 7): an evaluator downloads the template of an instrument
// pre-filled with their candidates, fills it, uploads it. Every cell is checked and every
// fault located (sheet, row, column) before anything is written; then all rows are written
// in one transaction. A complete row is submitted, a partial one stays a draft.
import {
  checkEvaluationItems,
  columnLetter,
  type Instrument,
  readEvaluationSheet,
  SHEET_COLUMNS,
  sheetHeader,
} from '@certeval/core';
import { insertAudit } from '../accounts/store.ts';
import * as candidates from '../candidates/service.ts';
import * as candidateStore from '../candidates/store.ts';
import * as instrumentStore from '../instruments/store.ts';
import { type Context, todayOf } from '../platform/context.ts';
import { AppError, type ProblemDetail } from '../platform/errors.ts';
import { isUuid } from '../platform/ids.ts';
import { type Actor, can } from '../platform/policy.ts';
import { inWorker } from '../platform/workers/pool.ts';
import type readSheetTask from './readSheetTask.ts';
import { type EvaluatorRole, evaluationProblems, evaluatorRoleOf } from './service.ts';
import { type SheetFormat, type TemplateCandidate, writeTemplate } from './sheets.ts';
import * as store from './store.ts';

const readSheet = inWorker<typeof readSheetTask>(new URL('./readSheetTask.ts', import.meta.url));

async function publishedInstrument(ctx: Context, key: string, version: string) {
  const row = await instrumentStore.findInstrument(ctx.database.db, key, version);
  if (!row)
    throw new AppError('not_found', {
      fr: `Instrument inconnu : ${key} ${version}.`,
      en: `Unknown instrument: ${key} ${version}.`,
    });
  return row;
}

/** The candidates the actor records evaluations for on this instrument's certification. */
async function candidatesFor(ctx: Context, actor: Actor, certification: string | null) {
  const rows = await candidates.listCandidates(ctx, actor);
  const mine: TemplateCandidate[] = [];
  for (const r of rows) {
    if (certification && r.certification !== certification) continue;
    const resource = await candidates.resourceOfCandidate(ctx.database.db, r.candidate);
    if (!can(actor, 'evaluation.record', resource)) continue;
    mine.push({
      id: r.candidate.id,
      birthName: r.candidate.birthName,
      usageName: r.candidate.usageName,
      firstNames: r.candidate.firstNames as string[],
    });
  }
  return mine;
}

export async function template(
  ctx: Context,
  actor: Actor,
  key: string,
  version: string,
  format: SheetFormat,
) {
  const row = await publishedInstrument(ctx, key, version);
  const list = await candidatesFor(ctx, actor, row.certification);
  return writeTemplate(row.document as Instrument, list, format);
}

/** Why a row may not add an evaluation to this candidate's file: it is decided. */
async function decidedRefusal(ctx: Context, candidateId: string) {
  try {
    await candidates.assertFileOpenOf(ctx.database.db, candidateId, 'evaluation');
    return undefined;
  } catch (error) {
    if (error instanceof AppError && error.code === 'file_decided')
      return { code: error.code, message: error.toBody().message };
    throw error;
  }
}

export async function importSheet(
  ctx: Context,
  actor: Actor,
  input: { key: string; version: string; body: Buffer; format: SheetFormat; fileName?: string },
) {
  const row = await publishedInstrument(ctx, input.key, input.version);
  const instrument = row.document as Instrument;
  const file = input.fileName;
  const fail = (problems: ProblemDetail[]) =>
    new AppError('import_invalid', undefined, undefined, problems);
  const read = await readSheet({
    bytes: input.body,
    format: input.format,
    limits: ctx.config.archiveLimits,
  });
  if ('error' in read)
    throw fail([
      { code: 'unreadable', path: file ?? 'file', ...(file && { file }), message: read.error },
    ]);
  const today = todayOf(ctx);
  const parsed = readEvaluationSheet(read.table, instrument, { sheet: read.sheet, today });
  const located = (p: { row: number; column?: string; message: { fr: string; en: string } }) => ({
    code: 'sheet',
    path: `${read.sheet}!${p.column ?? ''}${p.row}`,
    line: p.row,
    sheet: read.sheet,
    ...(p.column && { column: p.column }),
    ...(file && { file }),
    message: p.message,
  });
  if (!parsed.ok) throw fail(parsed.problems.map(located));
  const candidateColumn = columnLetter(sheetHeader(instrument).indexOf(SHEET_COLUMNS.candidate));
  const problems: ProblemDetail[] = [];
  // Rows of decided files (issue 14): the whole sheet is refused with file_decided, located.
  const decided: ProblemDetail[] = [];
  const plans: Array<{
    candidateId: string;
    role: string;
    sheetRow: (typeof parsed.rows)[number];
    complete: boolean;
  }> = [];
  for (const sheetRow of parsed.rows) {
    const candidate = isUuid(sheetRow.candidateId)
      ? await candidateStore.findCandidate(ctx.database.db, sheetRow.candidateId)
      : undefined;
    const resource =
      candidate && (await candidates.resourceOfCandidate(ctx.database.db, candidate));
    const role = resource && evaluatorRoleOf(actor, resource);
    if (!candidate || !resource || !role) {
      problems.push(
        located({
          row: sheetRow.row,
          column: candidateColumn,
          message: {
            fr: `Candidat inconnu ou que vous n’évaluez pas : ${sheetRow.candidateId}.`,
            en: `Unknown candidate, or one you do not evaluate: ${sheetRow.candidateId}.`,
          },
        }),
      );
      continue;
    }
    const refusal = await decidedRefusal(ctx, candidate.id);
    if (refusal)
      decided.push({
        ...located({ row: sheetRow.row, column: candidateColumn, message: refusal.message }),
        code: refusal.code,
      });
    const project = await candidateStore.findProject(ctx.database.db, candidate.projectId);
    // The date was checked with its cell; the rest of what opening an evaluation checks.
    for (const p of evaluationProblems(
      row,
      project,
      candidate.organisationId,
      role as EvaluatorRole,
      sheetRow,
      today,
    ))
      problems.push(located({ row: sheetRow.row, message: { fr: p.fr, en: p.en } }));
    const complete =
      checkEvaluationItems(instrument, sheetRow.items, { complete: true }).length === 0;
    plans.push({ candidateId: candidate.id, role, sheetRow, complete });
  }
  if (decided.length > 0)
    throw new AppError('file_decided', undefined, undefined, [...decided, ...problems]);
  if (problems.length > 0) throw fail(problems);
  const ids = await ctx.database.db.transaction(async (tx) => {
    const created: string[] = [];
    for (const plan of plans) {
      const evaluation = await store.insertEvaluation(tx, {
        candidateId: plan.candidateId,
        instrumentKey: row.key,
        instrumentVersion: row.version,
        kind: plan.sheetRow.kind,
        evaluatorId: actor.userId,
        evaluatorName: actor.displayName,
        evaluatorRole: plan.role,
        date: plan.sheetRow.date,
        status: plan.complete ? 'submitted' : 'draft',
        items: plan.sheetRow.items,
        comment: plan.sheetRow.comment ?? null,
        ...(plan.complete && { submittedAt: ctx.now() }),
      });
      await insertAudit(tx, {
        actorId: actor.userId,
        action: 'evaluation.import',
        subjectType: 'evaluation',
        subjectId: evaluation.id,
        data: {
          changes: plan.sheetRow.items.map((after) => ({ item: after.item, after })),
          sheet: { row: plan.sheetRow.row, ...(file && { file }) },
        },
      });
      created.push(evaluation.id);
    }
    return created;
  });
  return {
    imported: ids.length,
    submitted: plans.filter((p) => p.complete).length,
    drafts: plans.filter((p) => !p.complete).length,
    evaluations: ids,
  };
}
