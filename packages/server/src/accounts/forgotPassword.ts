// Self-service password reset (issue 15, item 2). "Mot de passe oublié ?" on the sign-in page
// asks for an address; the request queues a job whatever the address, and answers the same:
// the same work is done, in the same time, whether an account exists there or not, so the
// answer tells nobody which addresses have one. The job, later and apart from the request,
// looks the address up and, for an account, sends the one-time link (valid 1 hour, single use)
// to that account's own address in its language. Choosing the new password ends every session
// of the person (service.ts, resetPassword).
import { normaliseEmail } from '@certeval/core';
import { and, eq } from 'drizzle-orm';
import type { Context } from '../platform/context.ts';
import { mailMessages } from '../platform/db/schema.ts';
import type { Job } from '../platform/jobs/jobQueue.ts';
import { sendMessage } from '../platform/mail/sendMessage.ts';
import { issueResetToken } from './service.ts';
import * as store from './store.ts';

/** How long a link asked for from the sign-in page stays valid. */
export const FORGOT_LINK_HOURS = 1;

export interface ForgotPasswordJob {
  email: string;
}

/** Queues the request: one statement, the same whatever the address. */
export async function requestPasswordReset(ctx: Context, email: string): Promise<void> {
  const address = normaliseEmail(email);
  await ctx.database.db.transaction(async (tx) => {
    await ctx.jobs.enqueue(tx, 'password-forgot', { email: address } satisfies ForgotPasswordJob, {
      retryLimit: 3,
      retryDelaySeconds: 5,
    });
  });
}

/** The job: for an account at the address, a new link and its message, once per request. */
export function sendForgottenPasswordLink(ctx: Context) {
  return async (job: Job<ForgotPasswordJob>): Promise<void> => {
    const { db } = ctx.database;
    const user = await store.findUserByEmail(db, job.data.email);
    if (!user) return;
    const key = `forgot:${job.id}`;
    await db.transaction(async (tx) => {
      // A retried job whose message was written already sends nothing more.
      const [done] = await tx
        .select({ id: mailMessages.id })
        .from(mailMessages)
        .where(and(eq(mailMessages.template, 'password-reset'), eq(mailMessages.subjectKey, key)));
      if (done) return;
      const { token, expiresAt } = await issueResetToken(tx, ctx.now(), user.id, FORGOT_LINK_HOURS);
      await sendMessage(ctx, tx, {
        template: 'password-reset',
        to: { userId: user.id },
        data: { displayName: user.displayName, token, expiresAt },
        key,
      });
      await store.insertAudit(tx, {
        actorId: null,
        action: 'user.password_reset_requested',
        subjectType: 'user',
        subjectId: user.id,
      });
    });
  };
}
