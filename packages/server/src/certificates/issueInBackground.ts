// Issuing a session in the background (issue 7, item 1: "batch generation for a whole jury
// session, with progress shown"): the request answers at once with the batch, whose progress
// the screen polls; a second request while it runs gets the same batch.
import type { Context } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import { type Actor, can } from '../platform/policy.ts';
import { type BatchProgress, findBatch, runningBatchOf, startBatch } from './batchProgress.ts';
import {
  type IssueOptions,
  issueSessionCertificates,
  sessionToIssue,
} from './issueCertificates.ts';

/** Starts issuing a session in the background; the screen polls its progress. */
export async function startSessionIssuance(
  ctx: Context,
  actor: Actor,
  sessionId: string,
  options: Pick<IssueOptions, 'signatory'> = {},
): Promise<BatchProgress> {
  const session = await sessionToIssue(ctx, actor, sessionId);
  const running = runningBatchOf(session.id);
  if (running) return running;
  const batch = startBatch(session.id, session.certifierId, ctx.now());
  void issueSessionCertificates(ctx, actor, sessionId, {
    ...options,
    onProgress: ({ total, issued, skipped }) => Object.assign(batch, { total, issued, skipped }),
  }).then(
    () => Object.assign(batch, { status: 'done', finishedAt: ctx.now().toISOString() }),
    (error: unknown) => {
      const message =
        error instanceof AppError
          ? error.toBody().message
          : { fr: 'Erreur interne pendant la délivrance.', en: 'Internal error while issuing.' };
      if (!(error instanceof AppError)) console.error(error);
      Object.assign(batch, {
        status: 'failed',
        finishedAt: ctx.now().toISOString(),
        error: message,
      });
    },
  );
  return batch;
}

/** A batch's progress, for those who may see its session's documents. */
export function batchProgressFor(actor: Actor, id: string): BatchProgress {
  const batch = findBatch(id);
  if (!batch || !can(actor, 'certificate.issue', { organisationId: batch.organisationId })) {
    throw new AppError('not_found');
  }
  return batch;
}
