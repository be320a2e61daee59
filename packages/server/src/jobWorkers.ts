// The server's workers: which queue is handled by what, started beside the HTTP server (any
// number of servers may run them; each job is taken by one).
import { sendForgottenPasswordLink } from './accounts/forgotPassword.ts';
import { issueBatchSlice } from './certificates/issueInBackground.ts';
import { scheduleRetention } from './personalData/eraseExpiredCandidacies.ts';
import type { Context } from './platform/context.ts';
import { deliverMessage } from './platform/mail/deliverMessage.ts';
import { closeTransports } from './platform/mail/transport.ts';

export async function startJobWorkers(ctx: Context): Promise<void> {
  await ctx.jobs.start();
  await ctx.jobs.work('mail-deliver', 25, deliverMessage(ctx));
  await ctx.jobs.work('certificates-issue', 2, issueBatchSlice(ctx));
  await ctx.jobs.work('password-forgot', 5, sendForgottenPasswordLink(ctx));
  // Issue 19, item 5: files that never reached a jury are erased after the configured delay.
  await scheduleRetention(ctx);
}

export async function stopJobWorkers(ctx: Context): Promise<void> {
  await ctx.jobs.stop();
  closeTransports();
}
