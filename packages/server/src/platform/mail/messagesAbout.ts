// Where the messages about some things stand (an invitation, a jury seat), for the screen of
// the action that sent them: "envoyée", or "e-mail non remis" with the server's answer. A
// message is about a thing when its key is the thing's id or starts with it and a colon
// (`${invitationId}:resent-…`): the latest one of each thing is read.
import { and, desc, eq, like, or } from 'drizzle-orm';
import { Type } from 'typebox';
import type { Db } from '../db/open.ts';
import { mailMessages } from '../db/schema.ts';
import type { MailState } from './sendMessage.ts';
import type { TemplateName } from './templates.ts';

export interface Delivery {
  messageId: string;
  state: MailState;
  /** The server's answer to the last attempt (the reason of a failure). */
  lastError: string | null;
  sentAt: string | null;
}

/** A delivery as the API shows it (`null` where no message was sent). */
export const DeliverySchema = Type.Union([
  Type.Object({
    messageId: Type.Union([Type.String(), Type.Null()]),
    state: Type.Union(
      ['queued', 'sending', 'sent', 'failed', 'stored', 'muted'].map((s) => Type.Literal(s)),
    ),
    lastError: Type.Union([Type.String(), Type.Null()]),
    sentAt: Type.Union([Type.String(), Type.Null()]),
  }),
  Type.Null(),
]);

/** The key of a message about a thing: its id, then what tells this message from the others. */
export const keyAbout = (subjectId: string, ...rest: string[]) => [subjectId, ...rest].join(':');

const subjectOf = (key: string) => key.split(':')[0] ?? key;

export async function latestDeliveries(
  db: Db,
  template: TemplateName,
  subjectIds: readonly string[],
): Promise<Map<string, Delivery>> {
  const found = new Map<string, Delivery>();
  if (subjectIds.length === 0) return found;
  const rows = await db
    .select({
      id: mailMessages.id,
      key: mailMessages.subjectKey,
      state: mailMessages.state,
      lastError: mailMessages.lastError,
      sentAt: mailMessages.sentAt,
    })
    .from(mailMessages)
    .where(
      and(
        eq(mailMessages.template, template),
        or(
          ...subjectIds.flatMap((id) => [
            eq(mailMessages.subjectKey, id),
            like(mailMessages.subjectKey, `${id}:%`),
          ]),
        ),
      ),
    )
    .orderBy(desc(mailMessages.createdAt), desc(mailMessages.id));
  for (const row of rows) {
    const subject = subjectOf(row.key);
    if (found.has(subject)) continue;
    found.set(subject, {
      messageId: row.id,
      state: row.state,
      lastError: row.lastError,
      sentAt: row.sentAt?.toISOString() ?? null,
    });
  }
  return found;
}
