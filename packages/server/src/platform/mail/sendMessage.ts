// Sending a message: the one entry point for every feature. Call it inside the transaction of
// the change the message tells about: the message is rendered and stored in the outbox, and its
// delivery job queued, in that transaction, so nothing is sent for a change that rolls back and
// nothing committed is lost by a crash. A message is stored once per (template, recipient,
// key): calling again with the same key returns the first message, sent or not.
import { normaliseEmail } from '@certeval/core';
import { inArray, or, sql } from 'drizzle-orm';
import type { Context } from '../context.ts';
import type { Db } from '../db/open.ts';
import { mailAttachments, mailMessages, users } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { headerText, type Locale, render } from './compose.ts';
import {
  composeMessage,
  type OptionalTemplate,
  type TemplateData,
  type TemplateName,
  templates,
} from './templates.ts';

export type MailState = 'queued' | 'sending' | 'sent' | 'failed' | 'stored';

export interface Recipient {
  email: string;
  name: string;
  locale: Locale;
}

export interface Attachment {
  fileName: string;
  contentType: string;
  content: Buffer;
}

export interface OutgoingMessage<N extends TemplateName> {
  template: N;
  /** A person with an account (their address and language are read), or anyone. */
  to: { userId: string } | Recipient;
  data: TemplateData<N>;
  /** What the message is about (a certificate's id, a reset request's id): one message per key. */
  key: string;
  attachments?: Attachment[];
  /** The organisation whose administrators see the message in their outbox. */
  organisationId?: string;
  /** Who caused it: they may follow its delivery (messageState). */
  requestedBy?: string;
}

export interface StoredMessage {
  id: string;
  state: MailState;
  /** False when a message with the same template, recipient and key was already there. */
  created: boolean;
}

/** Not written: its recipient switched this (optional) message off. */
export interface MutedMessage {
  id: null;
  state: 'muted';
  created: false;
}

/** What sending answers: a message the procedure requires is always stored. */
export type SentMessage<N extends TemplateName = TemplateName> = N extends OptionalTemplate
  ? StoredMessage | MutedMessage
  : StoredMessage;

// A plain address: no spaces, angle brackets, quotes or line breaks can ride along in it.
const ADDRESS = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

type Resolved = Recipient & { userId: string | null; muted: readonly string[] };

/**
 * The recipients, those given by account read in one query with the messages they switched
 * off; an address given as such is matched to its account, if any, for those too.
 */
async function recipientsOf(tx: Db, list: Array<OutgoingMessage<TemplateName>['to']>) {
  const userIds = [...new Set(list.flatMap((to) => ('userId' in to ? [to.userId] : [])))];
  const emails = [
    ...new Set(list.flatMap((to) => ('userId' in to ? [] : [normaliseEmail(to.email)]))),
  ];
  const rows =
    userIds.length + emails.length > 0
      ? await tx
          .select({
            id: users.id,
            email: users.email,
            name: users.displayName,
            locale: users.locale,
            muted: users.mutedNotifications,
          })
          .from(users)
          .where(
            or(
              userIds.length ? inArray(users.id, userIds) : undefined,
              emails.length ? inArray(users.email, emails) : undefined,
            ),
          )
      : [];
  const byId = new Map(rows.map((row) => [row.id, row]));
  const byEmail = new Map(rows.map((row) => [row.email, row]));
  return list.map((to): Resolved => {
    if (!('userId' in to)) {
      return { ...to, userId: null, muted: byEmail.get(normaliseEmail(to.email))?.muted ?? [] };
    }
    const user = byId.get(to.userId);
    if (!user) {
      throw new AppError('not_found', { fr: 'Destinataire inconnu.', en: 'Unknown recipient.' });
    }
    return {
      email: user.email,
      name: user.name,
      locale: user.locale === 'en' ? 'en' : 'fr',
      userId: to.userId,
      muted: user.muted,
    };
  });
}

/** Whether the recipient switched this message off (only an optional one can be). */
const mutedFor = (to: Resolved, template: TemplateName) =>
  templates[template].optional && to.muted.includes(template);

/** Whether an address is one plain address (nothing else can ride along in it). */
export const isAddress = (email: string) => ADDRESS.test(email);

function checkAddress(email: string) {
  if (!isAddress(email)) {
    throw new AppError(
      'validation_failed',
      {
        fr: `Adresse électronique invalide : ${email}`,
        en: `Invalid e-mail address: ${email}`,
      },
      'to/email',
    );
  }
}

const onceKey = (template: string, email: string, key: string) =>
  `${template}\n${email.toLowerCase()}\n${key}`;

/** One message; see sendMessages. */
export async function sendMessage<N extends TemplateName>(
  ctx: Context,
  tx: Db,
  message: OutgoingMessage<N>,
): Promise<SentMessage<N>> {
  const [sent] = await sendMessages(ctx, tx, [message]);
  if (!sent) throw new Error('No message was stored.');
  return sent;
}

/**
 * Many messages at once (a session's holders, a notification to many): every address is
 * checked before anything is written, then the messages, their attachments and their jobs are
 * written in one statement each. A message its recipient switched off is not written. Answers
 * in the order given.
 */
export async function sendMessages<N extends TemplateName>(
  ctx: Context,
  tx: Db,
  messages: Array<OutgoingMessage<N>>,
): Promise<Array<SentMessage<N>>> {
  const all = await recipientsOf(
    tx,
    messages.map((m) => m.to),
  );
  for (const to of all) checkAddress(to.email);
  const kept = messages.flatMap((message, i) => {
    const to = all[i] as Resolved;
    return mutedFor(to, message.template) ? [] : [{ message, to }];
  });
  const sent = await writeMessages(
    ctx,
    tx,
    kept.map((k) => k.message),
    kept.map((k) => k.to),
  );
  const byMessage = new Map(kept.map((k, i) => [k.message, sent[i] as StoredMessage]));
  const muted: MutedMessage = { id: null, state: 'muted', created: false };
  // A message is muted only when its template is optional: the type says so to the caller.
  return messages.map((message) => (byMessage.get(message) ?? muted) as SentMessage<N>);
}

async function writeMessages<N extends TemplateName>(
  ctx: Context,
  tx: Db,
  messages: Array<OutgoingMessage<N>>,
  recipients: Resolved[],
): Promise<StoredMessage[]> {
  if (messages.length === 0) return [];
  const transport = ctx.config.mail.smtpUrl ? 'smtp' : 'outbox';
  const values = messages.map((message, i) => {
    const to = recipients[i] as Resolved;
    const composed = composeMessage(
      message.template,
      message.data,
      to.locale,
      ctx.config.publicUrl,
    );
    const rendered = render(composed, to.locale, ctx.config.publicUrl);
    return {
      template: message.template,
      subjectKey: message.key,
      toEmail: to.email,
      toName: headerText(to.name),
      toUserId: to.userId,
      locale: to.locale,
      subject: rendered.subject,
      textBody: rendered.text,
      htmlBody: rendered.html,
      confidential: templates[message.template].confidential,
      transport,
      organisationId: message.organisationId ?? null,
      requestedBy: message.requestedBy ?? null,
    };
  });
  const inserted = await tx.insert(mailMessages).values(values).onConflictDoNothing().returning({
    id: mailMessages.id,
    template: mailMessages.template,
    toEmail: mailMessages.toEmail,
    subjectKey: mailMessages.subjectKey,
  });
  const created = new Map(
    inserted.map((r) => [onceKey(r.template, r.toEmail, r.subjectKey), r.id]),
  );
  const attachments = messages.flatMap((message, i) => {
    const v = values[i];
    const id = v && created.get(onceKey(v.template, v.toEmail, v.subjectKey));
    return id
      ? (message.attachments ?? []).map((a, position) => ({
          messageId: id,
          position,
          fileName: headerText(a.fileName),
          contentType: a.contentType,
          content: a.content,
        }))
      : [];
  });
  if (attachments.length > 0) await tx.insert(mailAttachments).values(attachments);
  await ctx.jobs.enqueueMany(
    tx,
    'mail-deliver',
    inserted.map((r) => ({ messageId: r.id })),
    { retryLimit: ctx.config.mail.retries, retryDelaySeconds: ctx.config.mail.retryDelaySeconds },
  );
  const results: StoredMessage[] = [];
  for (const v of values) {
    const id = created.get(onceKey(v.template, v.toEmail, v.subjectKey));
    if (id) {
      created.delete(onceKey(v.template, v.toEmail, v.subjectKey));
      results.push({ id, state: 'queued', created: true });
    } else {
      results.push({
        ...(await existing(tx, v.template, v.toEmail, v.subjectKey)),
        created: false,
      });
    }
  }
  return results;
}

async function existing(tx: Db, template: string, email: string, key: string) {
  const [row] = await tx
    .select({ id: mailMessages.id, state: mailMessages.state })
    .from(mailMessages)
    .where(
      sql`${mailMessages.template} = ${template} and lower(${mailMessages.toEmail}) = lower(${email}) and ${mailMessages.subjectKey} = ${key}`,
    );
  if (!row) throw new Error('A message that conflicted is gone.');
  return row;
}
