// The delivery job of one message. It first claims the message (a second run of the same job,
// after a crash or a timeout, finds it sent or held and does nothing), then sends it through
// SMTP or leaves it in the outbox, and records the outcome: sent, or the server's answer and a
// new attempt later, or failed once the attempts are spent.
// At most once: just before the final dot of the SMTP conversation, the attempt records that
// it handed the message over. An attempt that dies before that point sent nothing the server
// kept (a message without its dot is dropped): the next attempt sends it. One that dies after
// it is taken as delivered, never sent again.
// The workers take messages by the batch; the claims of a batch, and the hand-overs and
// outcomes that happen together, are written by one statement each (platform/db/batch.ts):
// on the embedded database a statement's own cost is most of the work of a message.
import { asc, eq, getTableColumns, inArray, sql } from 'drizzle-orm';
import type { Context } from '../context.ts';
import { batcher, batcherFor } from '../db/batch.ts';
import { mailAttachments, mailMessages } from '../db/schema.ts';
import type { Job } from '../jobs/jobQueue.ts';
import { DeliveryError, deliverBySmtp } from './transport.ts';

export interface DeliverJob {
  messageId: string;
}

type MessageRow = typeof mailMessages.$inferSelect;

// Qualified by hand: inside the subquery an unqualified `id` would be the attachment's.
const attachmentCount = sql<number>`(select count(*)::int from mail_attachments a where a.message_id = "mail_messages"."id")`;

/** Takes the message for this attempt; undefined when it is sent, failed or held by another. */
const claimOf = batcherFor((ctx: Context) =>
  batcher(
    async (ids: readonly string[]) => {
      const hold = ctx.config.jobs.timeoutSeconds;
      const rows = await ctx.database.db
        .update(mailMessages)
        .set({
          state: 'sending',
          attempts: sql`${mailMessages.attempts} + 1`,
          claimedUntil: sql`now() + make_interval(secs => ${hold})`,
          handedOverAt: null,
        })
        .where(
          sql`${inArray(mailMessages.id, [...ids])} and (${mailMessages.state} = 'queued' or (${mailMessages.state} = 'sending' and ${mailMessages.claimedUntil} < now() and ${mailMessages.handedOverAt} is null))`,
        )
        .returning({ ...getTableColumns(mailMessages), attachmentCount });
      const byId = new Map(rows.map((row) => [row.id, row]));
      return ids.map((id) => byId.get(id));
    },
    { key: (id) => id, sameKey: 'serialize', maxSize: 50 },
  ),
);

/** Records of one kind for several messages at once: handed over, sent, stored. */
function recordsOf(values: (ctx: Context) => Partial<MessageRow>) {
  return batcherFor((ctx: Context) =>
    batcher(
      async (ids: readonly string[]) => {
        await ctx.database.db
          .update(mailMessages)
          .set(values(ctx))
          .where(inArray(mailMessages.id, [...ids]));
        return ids.map(() => undefined);
      },
      { key: (id) => id, sameKey: 'serialize', maxSize: 50 },
    ),
  );
}

const handedOver = recordsOf((ctx) => ({ handedOverAt: ctx.now() }));
const sent = recordsOf((ctx) => ({
  state: 'sent',
  sentAt: ctx.now(),
  lastError: null,
  claimedUntil: null,
}));
const stored = recordsOf((ctx) => ({ state: 'stored', sentAt: ctx.now(), claimedUntil: null }));

async function record(ctx: Context, id: string, values: Partial<MessageRow>, release = true) {
  await ctx.database.db
    .update(mailMessages)
    .set({ ...(release && { claimedUntil: null }), ...values })
    .where(eq(mailMessages.id, id));
}

/**
 * A message this attempt could not claim: done already, or held by another attempt. A holder
 * that died after handing the message over delivered it: it is recorded as sent. One still in
 * its time may be running: the job tries again later, never twice at once.
 */
async function settleUnclaimed(ctx: Context, id: string): Promise<void> {
  const [row] = await ctx.database.db
    .select({
      state: mailMessages.state,
      handedOverAt: mailMessages.handedOverAt,
      lapsed: sql<boolean>`${mailMessages.claimedUntil} < now()`,
    })
    .from(mailMessages)
    .where(eq(mailMessages.id, id));
  if (row?.state !== 'sending') return;
  if (row.handedOverAt && row.lapsed) {
    await record(ctx, id, {
      state: 'sent',
      sentAt: row.handedOverAt,
      lastError: 'Handed over to the server by an attempt that stopped before its answer.',
    });
    return;
  }
  throw new Error('This message is being sent by another attempt.');
}

function printSummary(message: MessageRow) {
  const files = message.confidential ? ' (lien confidentiel)' : '';
  process.stdout.write(
    `mail (outbox): ${message.template} to ${message.toName} <${message.toEmail}>: ${message.subject}${files}\n`,
  );
}

export function deliverMessage(ctx: Context) {
  return async (job: Job<DeliverJob>): Promise<void> => {
    const message = await claimOf(ctx)(job.data.messageId);
    if (!message) return settleUnclaimed(ctx, job.data.messageId);
    if (message.transport === 'outbox') {
      await stored(ctx)(message.id);
      printSummary(message);
      return;
    }
    const attachments =
      message.attachmentCount === 0
        ? []
        : await ctx.database.db
            .select()
            .from(mailAttachments)
            .where(eq(mailAttachments.messageId, message.id))
            .orderBy(asc(mailAttachments.position));
    try {
      await deliverBySmtp(ctx.config, {
        id: message.id,
        from: ctx.config.mail.from,
        to: { name: message.toName, email: message.toEmail },
        subject: message.subject,
        text: message.textBody,
        html: message.htmlBody,
        attachments,
        handOver: () => handedOver(ctx)(message.id),
      });
      await sent(ctx)(message.id);
    } catch (error) {
      const answer = error instanceof DeliveryError ? error.message : String(error);
      const last = job.retryCount >= job.retryLimit;
      await record(ctx, message.id, {
        state: last ? 'failed' : 'queued',
        lastError: answer,
        handedOverAt: null,
      });
      throw error;
    }
  };
}
