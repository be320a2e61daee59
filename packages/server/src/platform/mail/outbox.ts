// Reading the outbox: the messages a certifier's administrator may see (those of their
// organisations, and the platform's own, of no organisation), one message with its links and
// attachments, and where a message stands for the person whose action queued it.
import { and, asc, desc, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Context } from '../context.ts';
import { mailAttachments, mailMessages } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { type Actor, can, organisationsFor } from '../policy.ts';
import type { MailState } from './sendMessage.ts';

const summaryColumns = {
  id: mailMessages.id,
  template: mailMessages.template,
  toName: mailMessages.toName,
  toEmail: mailMessages.toEmail,
  subject: mailMessages.subject,
  locale: mailMessages.locale,
  state: mailMessages.state,
  transport: mailMessages.transport,
  attempts: mailMessages.attempts,
  lastError: mailMessages.lastError,
  createdAt: mailMessages.createdAt,
  sentAt: mailMessages.sentAt,
  // Qualified by hand: inside the subquery an unqualified `id` would be the attachment's.
  attachments: sql<number>`(select count(*)::int from mail_attachments a where a.message_id = "mail_messages"."id")`,
};

type SummaryRow = { [K in keyof typeof summaryColumns]: unknown } & {
  createdAt: Date;
  sentAt: Date | null;
};

const iso = <T extends SummaryRow>(row: T) => ({
  ...row,
  createdAt: row.createdAt.toISOString(),
  sentAt: row.sentAt?.toISOString() ?? null,
});

function visibleTo(actor: Actor): SQL | undefined {
  const organisations = organisationsFor(actor, 'mail.read');
  if (organisations === 'all') return undefined;
  return or(
    isNull(mailMessages.organisationId),
    organisations.length > 0 ? inArray(mailMessages.organisationId, organisations) : undefined,
  );
}

export async function listMessages(
  ctx: Context,
  actor: Actor,
  query: { state?: MailState; limit?: number },
) {
  const where = and(
    visibleTo(actor),
    query.state ? eq(mailMessages.state, query.state) : undefined,
  );
  const rows = await ctx.database.db
    .select(summaryColumns)
    .from(mailMessages)
    .where(where)
    .orderBy(desc(mailMessages.createdAt), desc(mailMessages.id))
    .limit(Math.min(query.limit ?? 100, 500));
  const counts = await ctx.database.db
    .select({ state: mailMessages.state, count: sql<number>`count(*)::int` })
    .from(mailMessages)
    .where(visibleTo(actor))
    .groupBy(mailMessages.state);
  return { counts, messages: rows.map(iso) };
}

async function visibleMessage(ctx: Context, actor: Actor, id: string) {
  const [row] = await ctx.database.db.select().from(mailMessages).where(eq(mailMessages.id, id));
  const allowed =
    row &&
    (row.organisationId
      ? can(actor, 'mail.read', { organisationId: row.organisationId })
      : can(actor, 'mail.read'));
  if (!row || !allowed) throw new AppError('not_found');
  return row;
}

/** One message; a confidential one sent by SMTP keeps its body (a secret link) to its recipient. */
export async function messageFor(ctx: Context, actor: Actor, id: string) {
  const row = await visibleMessage(ctx, actor, id);
  const attachments = await ctx.database.db
    .select({
      id: mailAttachments.id,
      fileName: mailAttachments.fileName,
      contentType: mailAttachments.contentType,
      size: sql<number>`octet_length(${mailAttachments.content})::int`,
    })
    .from(mailAttachments)
    .where(eq(mailAttachments.messageId, id))
    .orderBy(asc(mailAttachments.position));
  const hidden = row.confidential && row.transport === 'smtp';
  const base = ctx.config.publicUrl.replace(/\/+$/, '');
  const links = hidden
    ? []
    : [...new Set(row.textBody.match(/https?:\/\/\S+/g) ?? [])].filter((l) =>
        l.startsWith(`${base}/`),
      );
  return {
    ...iso({ ...row, attachments: attachments.length }),
    confidential: row.confidential,
    text: hidden ? null : row.textBody,
    html: hidden ? null : row.htmlBody,
    links,
    attachments,
  };
}

export async function attachmentFor(ctx: Context, actor: Actor, id: string, attachmentId: string) {
  const message = await visibleMessage(ctx, actor, id);
  if (message.confidential && message.transport === 'smtp') throw new AppError('not_found');
  const [row] = await ctx.database.db
    .select()
    .from(mailAttachments)
    .where(and(eq(mailAttachments.id, attachmentId), eq(mailAttachments.messageId, id)));
  if (!row) throw new AppError('not_found');
  return row;
}

/**
 * Where a message stands, for whoever queued it or may read the outbox: a screen says "e-mail
 * non remis" with the server's answer.
 */
export async function messageState(ctx: Context, actor: Actor, id: string) {
  const [row] = await ctx.database.db
    .select({
      id: mailMessages.id,
      state: mailMessages.state,
      lastError: mailMessages.lastError,
      organisationId: mailMessages.organisationId,
      requestedBy: mailMessages.requestedBy,
    })
    .from(mailMessages)
    .where(eq(mailMessages.id, id));
  const reader = row?.organisationId
    ? can(actor, 'mail.read', { organisationId: row.organisationId })
    : can(actor, 'mail.read');
  if (!row || (row.requestedBy !== actor.userId && !reader)) throw new AppError('not_found');
  return { id: row.id, state: row.state, lastError: row.lastError };
}
