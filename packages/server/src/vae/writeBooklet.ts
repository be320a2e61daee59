// The VAE candidate writes their descriptive activity booklet (issue 6, item 5; seed 001): a
// free text answer per question, saved as they type on a revision (a save based on an older
// one is refused with 409, nothing overwritten), then submitted — after which it no longer
// changes and the file goes before the jury, unless it is re-opened (reopenBooklet.ts).
import {
  bookletAnswerProblems,
  type CandidateState,
  checkTransition,
  type ItemResponse,
  submissionProblem,
} from '@certeval/core';
import { insertAudit } from '../accounts/store.ts';
import { applyMove } from '../candidates/service.ts';
import type { Context } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import { type Actor, can } from '../platform/policy.ts';
import { assertDraft, type BookletAccess, bookletFor } from './bookletAccess.ts';
import { reopeningRefusal } from './reopenBooklet.ts';
import * as store from './store.ts';

const conflict = () =>
  new AppError('conflict', {
    fr: 'Votre livret a été enregistré depuis un autre onglet : rechargez la page, rien n’a été écrasé.',
    en: 'Your booklet was saved from another tab: reload the page; nothing was overwritten.',
  });

/** Whether the actor may re-open the booklet now: their policy, and core's rule. */
async function canReopen(ctx: Context, actor: Actor, access: BookletAccess) {
  if (access.row?.status !== 'submitted') return false;
  if (!can(actor, 'vae_booklet.reopen', access.resource)) return false;
  return (await reopeningRefusal(ctx, access)) === undefined;
}

/**
 * The booklet as its reader sees it: questions, answers, documents, what they may do, and, on
 * a draft that was submitted before, its last re-opening (who, when, why).
 */
export async function bookletView(ctx: Context, actor: Actor, candidateId: string) {
  const access = await bookletFor(ctx, actor, candidateId, 'vae_booklet.read');
  const { file, row } = access;
  const status = row?.status === 'submitted' ? 'submitted' : 'draft';
  const documents = await store.listDocuments(ctx.database.db, file.id);
  const reopening =
    row && status === 'draft' ? await store.lastReopening(ctx.database.db, file.id) : undefined;
  return {
    candidateId: file.id,
    candidateName: [...(file.firstNames as string[]), file.usageName ?? file.birthName].join(' '),
    instrument: access.instrument,
    booklet: access.booklet,
    status,
    responses: (row?.responses ?? {}) as Record<string, ItemResponse>,
    /** 0 before the first save. */
    revision: row?.revision ?? 0,
    submittedAt: row?.submittedAt?.toISOString() ?? null,
    documents: documents.map((d) => ({ ...d, createdAt: d.createdAt.toISOString() })),
    canWrite: status === 'draft' && can(actor, 'vae_booklet.write', access.resource),
    canReopen: await canReopen(ctx, actor, access),
    reopening: reopening ?? null,
  };
}

export async function saveAnswers(
  ctx: Context,
  actor: Actor,
  candidateId: string,
  input: { responses: Record<string, unknown>; revision: number },
) {
  const access = await bookletFor(ctx, actor, candidateId, 'vae_booklet.write');
  assertDraft(access);
  const problems = bookletAnswerProblems(access.booklet, input.responses).map((p) => ({
    code: p.code,
    path: `body/responses/${p.item}`,
    message: p.message,
  }));
  if (problems.length > 0) throw new AppError('validation_failed', undefined, undefined, problems);
  const { db } = ctx.database;
  const saved =
    input.revision === 0
      ? await store.insertBooklet(db, {
          candidateId,
          instrumentKey: access.instrument.key,
          instrumentVersion: access.instrument.version,
          responses: input.responses,
        })
      : await store.updateBooklet(db, candidateId, input.revision, { responses: input.responses });
  if (!saved) throw conflict();
  return { revision: saved.revision, savedAt: saved.updatedAt.toISOString() };
}

/**
 * Submits the booklet once every question is answered; in the same transaction an enrolled
 * VAE file moves before the jury (core's fileStates: enrolled → ready_for_jury by the system).
 */
export async function submitBooklet(
  ctx: Context,
  actor: Actor,
  candidateId: string,
  input: { revision: number },
) {
  const access = await bookletFor(ctx, actor, candidateId, 'vae_booklet.write');
  assertDraft(access);
  const { row, file } = access;
  if (!row || row.revision !== input.revision) throw conflict();
  const responses = row.responses as Record<string, ItemResponse>;
  const missing = submissionProblem(access.booklet, responses);
  if (missing) throw new AppError('validation_failed', missing, 'body');
  const documents = await store.listDocuments(ctx.database.db, candidateId);
  return ctx.database.db.transaction(async (tx) => {
    const saved = await store.updateBooklet(tx, candidateId, input.revision, {
      status: 'submitted',
      submittedAt: ctx.now(),
    });
    if (!saved) throw conflict();
    await insertAudit(tx, {
      actorId: actor.userId,
      action: 'vae_booklet.submit',
      subjectType: 'candidate',
      subjectId: candidateId,
      data: {
        instrument: access.instrument,
        answered: Object.keys(responses).length,
        documents: documents.map((d) => d.fileName),
      },
    });
    const move = checkTransition(
      file.status as CandidateState,
      'ready_for_jury',
      ['system'],
      'vae',
    );
    const fileStatus = move.ok
      ? (await applyMove(tx, null, file, 'ready_for_jury', file.revision)).status
      : (file.status as CandidateState);
    return { revision: saved.revision, status: 'submitted' as const, fileStatus };
  });
}
