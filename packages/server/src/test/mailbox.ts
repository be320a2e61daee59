// Reading what the test SMTP server received (test/smtpServer.ts): wait for a message to an
// address, take a link of the product out of it, wait for the queue to settle.
import type { Context } from '../platform/context.ts';
import type { Received } from './smtpServer.ts';

/** Polls `check` until it gives a value (30 s at most). */
export async function until<T>(check: () => Promise<T | undefined | false>, ms = 30_000) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const value = await check();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('timed out');
}

/** The messages received for an address, once there are at least `count`. */
export function receivedFor(received: Received[], email: string, count = 1) {
  return until(async () => {
    const mine = received.filter((r) => r.recipients.includes(email));
    return mine.length >= count && mine;
  });
}

/** The path and query of the first link of the product to `path` in a message's text part. */
export function linkIn(message: Received, path: string): string {
  const text = message.mail.text ?? '';
  const found = text.match(new RegExp(`https?://[^\\s]+${path.replace(/[/?]/g, '\\$&')}[^\\s]*`));
  if (!found) throw new Error(`no link to ${path} in: ${text}`);
  const url = new URL(found[0]);
  return `${url.pathname}${url.search}`;
}

/** The token of a link to `path` (`/reset-password`, `/invitation`) in a message. */
export const tokenIn = (message: Received, path: string) =>
  new URLSearchParams(linkIn(message, path).split('?')[1]).get('token') ?? '';

/** Waits until no job of these queues waits or runs: everything queued was done. */
export function settled(ctx: Context, queues: string[]) {
  return until(async () => {
    const rows = await ctx.database.query<{ n: number }>(
      "select count(*)::int as n from pgboss.job where name = any($1::text[]) and state in ('created', 'retry', 'active')",
      [queues],
    );
    return rows[0]?.n === 0;
  });
}

/**
 * The token of the latest message of a template to an address, read from the outbox (where a
 * message waits without an SMTP server: the body as it would be sent).
 */
export async function outboxToken(ctx: Context, template: string, email: string, path: string) {
  const [row] = await ctx.database.query<{ text_body: string }>(
    'select text_body from mail_messages where template = $1 and lower(to_email) = lower($2) order by created_at desc, id desc limit 1',
    [template, email],
  );
  const found = row?.text_body.match(new RegExp(`${path}\\?token=([^\\s&]+)`));
  if (!found?.[1]) throw new Error(`no ${template} message with a link to ${path} for ${email}`);
  return decodeURIComponent(found[1]);
}
