// Sending a message: the one entry point for every feature. Call it inside the transaction of
// the change the message tells about: the message is rendered and stored in the outbox, and its
// delivery job queued, in that transaction, so nothing is sent for a change that rolls back and
// nothing committed is lost by a crash. A message is stored once per (template, recipient,
// key): calling again with the same key returns the first message, sent or not.
import { sql } from 'drizzle-orm';
import type { Context } from '../context.ts';
import type { Db } from '../db/open.ts';
import { mailAttachments, mailMessages, users } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { headerText, type Locale, render } from './compose.ts';
import { composeMessage, type TemplateData, type TemplateName, templates } from './templates.ts';

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

export interface SentMessage {
  id: string;
  state: MailState;
  /** False when a message with the same template, recipient and key was already there. */
  created: boolean;
}

// A plain address: no spaces, angle brackets, quotes or line breaks can ride along in it.
const ADDRESS = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

async function recipientOf(tx: Db, to: OutgoingMessage<TemplateName>['to']) {
  if (!('userId' in to)) return { ...to, userId: null };
  const [user] = await tx
    .select({ email: users.email, name: users.displayName, locale: users.locale })
    .from(users)
    .where(sql`${users.id} = ${to.userId}`);
  if (!user)
    throw new AppError('not_found', { fr: 'Destinataire inconnu.', en: 'Unknown recipient.' });
  const locale: Locale = user.locale === 'en' ? 'en' : 'fr';
  return { email: user.email, name: user.name, locale, userId: to.userId };
}

export async function sendMessage<N extends TemplateName>(
  ctx: Context,
  tx: Db,
  message: OutgoingMessage<N>,
): Promise<SentMessage> {
  const to = await recipientOf(tx, message.to);
  if (!ADDRESS.test(to.email)) {
    throw new AppError(
      'validation_failed',
      {
        fr: `Adresse électronique invalide : ${to.email}`,
        en: `Invalid e-mail address: ${to.email}`,
      },
      'to/email',
    );
  }
  const template = templates[message.template];
  const composed = composeMessage(message.template, message.data, to.locale, ctx.config.publicUrl);
  const rendered = render(composed, to.locale, ctx.config.publicUrl);
  const transport = ctx.config.mail.smtpUrl ? 'smtp' : 'outbox';
  const [inserted] = await tx
    .insert(mailMessages)
    .values({
      template: message.template,
      subjectKey: message.key,
      toEmail: to.email,
      toName: headerText(to.name),
      toUserId: to.userId,
      locale: to.locale,
      subject: rendered.subject,
      textBody: rendered.text,
      htmlBody: rendered.html,
      confidential: template.confidential,
      transport,
      organisationId: message.organisationId ?? null,
      requestedBy: message.requestedBy ?? null,
    })
    .onConflictDoNothing()
    .returning({ id: mailMessages.id });
  if (!inserted)
    return { ...(await existing(tx, message.template, to.email, message.key)), created: false };
  if (message.attachments?.length) {
    await tx.insert(mailAttachments).values(
      message.attachments.map((a, position) => ({
        messageId: inserted.id,
        position,
        fileName: headerText(a.fileName),
        contentType: a.contentType,
        content: a.content,
      })),
    );
  }
  await ctx.jobs.enqueue(
    tx,
    'mail-deliver',
    { messageId: inserted.id },
    { retryLimit: ctx.config.mail.retries, retryDelaySeconds: ctx.config.mail.retryDelaySeconds },
  );
  return { id: inserted.id, state: 'queued', created: true };
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
