// Issuing a session as a durable job (issue 7 item 1, issue 15 item 5): the request stores the
// batch and queues its job in one transaction and answers at once; the job, taken by any
// server, issues the documents chunk by chunk, each chunk committing its documents, the
// batch's progress and the messages to their holders together. A job works for a slice of
// time then queues the next slice, so that a server killed mid-batch leaves a short job that
// the queue soon runs again; issuing skips what is already issued, so nothing doubles.
import type { Message } from '@certeval/core';
import { findUserById, listMemberships } from '../accounts/store.ts';
import type { Context } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import type { Job } from '../platform/jobs/jobQueue.ts';
import { longDate } from '../platform/mail/templates/template.ts';
import { type Actor, can } from '../platform/policy.ts';
import * as batches from './batchProgress.ts';
import {
  type IssueOptions,
  issueSessionCertificates,
  sessionToIssue,
} from './issueCertificates.ts';
import { tellHolders } from './tellHolders.ts';

export interface IssueJob {
  batchId: string;
  /** Who sees the job in the certifier's list, and what it is called there. */
  organisationId: string;
  title: Message;
}

const RETRIES = { retryLimit: 3, retryDelaySeconds: 5 };

/** Starts issuing a session in the background; the screen polls its progress. */
export async function startSessionIssuance(
  ctx: Context,
  actor: Actor,
  sessionId: string,
  options: Pick<IssueOptions, 'signatory'> = {},
): Promise<batches.BatchProgress> {
  const session = await sessionToIssue(ctx, actor, sessionId);
  const row = await ctx.database.db.transaction(async (tx) => {
    await batches.lockSession(tx, session.id);
    const running = await batches.runningBatchOf(tx, session.id);
    if (running) return running;
    const batch = await batches.insertBatch(tx, {
      sessionId: session.id,
      organisationId: session.certifierId,
      requestedBy: actor.userId,
      signatory: options.signatory ?? {},
      startedAt: ctx.now(),
    });
    const job: IssueJob = {
      batchId: batch.id,
      organisationId: session.certifierId,
      title: {
        fr: `Délivrance des documents du jury du ${longDate(session.date, 'fr')}`,
        en: `Issuing the documents of the jury of ${longDate(session.date, 'en')}`,
      },
    };
    await ctx.jobs.enqueue(tx, 'certificates-issue', job, RETRIES);
    return batch;
  });
  return batches.progressOf(row);
}

/** A batch's progress, for those who may see its session's documents. */
export async function batchProgressFor(
  ctx: Context,
  actor: Actor,
  id: string,
): Promise<batches.BatchProgress> {
  const row = await batches.findBatch(ctx.database.db, id);
  if (!row || !can(actor, 'certificate.issue', { organisationId: row.organisationId })) {
    throw new AppError('not_found');
  }
  const messages = await batches.messagesOfSession(ctx.database.db, row.sessionId);
  return { ...batches.progressOf(row), messages };
}

/** The person who asked, with their roles as they are now: a lost role stops the batch. */
async function requesterOf(ctx: Context, userId: string): Promise<Actor> {
  const user = await findUserById(ctx.database.db, userId);
  if (!user) throw new AppError('forbidden');
  return {
    userId: user.id,
    email: user.email,
    displayName: user.displayName,
    locale: user.locale === 'en' ? 'en' : 'fr',
    memberships: await listMemberships(ctx.database.db, user.id),
  };
}

const internalError: Message = {
  fr: 'Erreur interne pendant la délivrance.',
  en: 'Internal error while issuing.',
};

/** The job: one slice of a batch. */
export function issueBatchSlice(ctx: Context) {
  return async (job: Job<IssueJob>): Promise<void> => {
    const batch = await batches.findBatch(ctx.database.db, job.data.batchId);
    if (batch?.status !== 'running') return;
    try {
      await runSlice(ctx, batch, job.data);
    } catch (error) {
      if (error instanceof AppError || job.retryCount >= job.retryLimit) {
        if (!(error instanceof AppError)) console.error(error);
        await batches.updateBatch(ctx.database.db, batch.id, {
          status: 'failed',
          finishedAt: ctx.now(),
          error: error instanceof AppError ? error.toBody().message : internalError,
        });
      }
      throw error;
    }
  };
}

async function runSlice(ctx: Context, batch: batches.BatchRow, job: IssueJob) {
  const actor = await requesterOf(ctx, batch.requestedBy);
  let plan: { total: number; skipped: number } | undefined;
  let planned = batch.planned;
  const recordPlan = async (tx: Parameters<NonNullable<IssueOptions['inTransaction']>>[0]) => {
    if (planned || !plan) return;
    await batches.updateBatch(tx, batch.id, { ...plan, planned: true });
    planned = true;
  };
  const result = await issueSessionCertificates(ctx, actor, batch.sessionId, {
    signatory: batch.signatory as NonNullable<IssueOptions['signatory']>,
    deadline: Date.now() + Math.max(2, ctx.config.jobs.timeoutSeconds / 4) * 1000,
    onProgress: (progress) => {
      plan ??= { total: progress.total, skipped: progress.skipped };
    },
    inTransaction: async (tx, documents) => {
      await recordPlan(tx);
      await batches.addIssued(tx, batch.id, documents.length);
      await tellHolders(ctx, tx, documents, batch);
    },
  });
  await ctx.database.db.transaction(async (tx) => {
    await recordPlan(tx);
    if (result.remaining > 0) await ctx.jobs.enqueue(tx, 'certificates-issue', job, RETRIES);
    else await batches.updateBatch(tx, batch.id, { status: 'done', finishedAt: ctx.now() });
  });
}
