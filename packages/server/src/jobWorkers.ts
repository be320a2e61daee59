// The server's workers: which queue is handled by what, started beside the HTTP server (any
// number of servers may run them; each job is taken by one).
import { sendForgottenPasswordLink } from './accounts/forgotPassword.ts';
import { issueBatchSlice } from './certificates/issueInBackground.ts';
import { scheduleRetention } from './personalData/eraseExpiredCandidacies.ts';
import type { Context } from './platform/context.ts';
import type { JobLog } from './platform/jobs/jobQueue.ts';
import { deliverMessage } from './platform/mail/deliverMessage.ts';
import { closeTransports } from './platform/mail/transport.ts';

/** `log`: where the jobs' lines go (the server's JSON log, with the queuing request's id). */
export async function startJobWorkers(ctx: Context, log?: JobLog): Promise<void> {
  await ctx.jobs.start(log);
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
