// The certifier, or the pilot of the candidate's company, re-opens a submitted VAE booklet for
// its candidate with a written reason (issue 6): only while the jury has neither decided on the
// file nor begun on the candidate (core's bookletReopeningRefusal). In one transaction the
// booklet becomes a draft again on its next revision (a page read before is refused with 409),
// the file goes back from the jury to enrolment (core's fileStates, moved by the product), and
// the audit records who, when, why, and the statuses before and after. The candidate then
// edits and submits it again, which puts the file before the jury once more.
import {
  bookletReopeningRefusal,
  type CandidateState,
  checkTransition,
  reopeningReasonProblem,
  type VaeBookletStatus,
} from '@certeval/core';
import { insertAudit } from '../accounts/store.ts';
import { applyMove } from '../candidates/service.ts';
import type { Context } from '../platform/context.ts';
import { AppError } from '../platform/errors.ts';
import type { Actor } from '../platform/policy.ts';
import { type BookletAccess, bookletFor } from './bookletAccess.ts';
import * as store from './store.ts';
import { tellBookletReopened } from './tellBookletReopened.ts';

const stale = () =>
  new AppError('conflict', {
    fr: 'Ce livret a changé depuis l’ouverture de cette page (enregistré, envoyé ou déjà rouvert) : rechargez-la, rien n’a été modifié.',
    en: 'This booklet changed since this page was opened (saved, submitted or already re-opened): reload it; nothing was changed.',
  });

/** Why the booklet may not be re-opened now, whoever asks; undefined when it may. */
export async function reopeningRefusal(ctx: Context, access: BookletAccess) {
  return bookletReopeningRefusal({
    booklet: access.row?.status as VaeBookletStatus | undefined,
    file: access.file.status as CandidateState,
    juryBegun: await store.juryHasBegun(ctx.database.db, access.file.id),
  });
}

export async function reopenBooklet(
  ctx: Context,
  actor: Actor,
  candidateId: string,
  input: { reason: string; revision: number },
) {
  const access = await bookletFor(ctx, actor, candidateId, 'vae_booklet.reopen');
  const noReason = reopeningReasonProblem(input.reason);
  if (noReason) throw new AppError('validation_failed', noReason, 'body/reason');
  const refusal = await reopeningRefusal(ctx, access);
  if (refusal) throw new AppError('booklet_reopen_refused', refusal.message);
  const { row, file } = access;
  if (!row || row.revision !== input.revision) throw stale();
  const reason = input.reason.trim();
  return ctx.database.db.transaction(async (tx) => {
    const saved = await store.updateBooklet(tx, candidateId, input.revision, {
      status: 'draft',
      submittedAt: null,
    });
    if (!saved) throw stale();
    const from = file.status as CandidateState;
    const back = checkTransition(from, 'enrolled', ['system'], 'vae').ok;
    const fileStatus = back
      ? (await applyMove(tx, null, file, 'enrolled', file.revision)).status
      : from;
    await tellBookletReopened(ctx, tx, file, { reason, revision: saved.revision, by: actor });
    await insertAudit(tx, {
      actorId: actor.userId,
      action: store.REOPEN_ACTION,
      subjectType: 'candidate',
      subjectId: candidateId,
      data: {
        reason,
        booklet: { from: 'submitted', to: 'draft', revision: saved.revision },
        file: { from, to: fileStatus },
        submittedAt: row.submittedAt?.toISOString() ?? null,
      },
    });
    return { revision: saved.revision, status: 'draft' as const, fileStatus };
  });
}
