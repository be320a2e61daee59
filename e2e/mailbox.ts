// What the browser suite's SMTP server received (e2e/mailServer.ts): the messages to an
// address, parsed, and the product's links in them.
import fs from 'node:fs';
import path from 'node:path';
import { expect } from '@playwright/test';
import { type ParsedMail, simpleParser } from 'mailparser';

const folder = () => process.env.CERTEVAL_E2E_MAIL_DIR ?? '';

async function messagesTo(email: string): Promise<ParsedMail[]> {
  const files = fs.existsSync(folder()) ? fs.readdirSync(folder()).sort() : [];
  const mine: ParsedMail[] = [];
  for (const file of files) {
    const raw = fs.readFileSync(path.join(folder(), file), 'utf8');
    const to = raw.match(/^X-Envelope-To: (.*)\r\n/)?.[1]?.split(',') ?? [];
    if (to.includes(email.toLowerCase())) mine.push(await simpleParser(raw));
  }
  return mine;
}

/**
 * The `nth` message (1 the first) to an address whose subject matches, waiting for it (20 s at
 * most).
 */
export async function messageTo(email: string, subject: RegExp, nth = 1): Promise<ParsedMail> {
  let found: ParsedMail | undefined;
  await expect
    .poll(
      async () => {
        found = (await messagesTo(email)).filter((m) => subject.test(m.subject ?? ''))[nth - 1];
        return found !== undefined;
      },
      { timeout: 20_000, message: `a message to ${email} about ${subject}` },
    )
    .toBe(true);
  return found as ParsedMail;
}

/** The path and query of the message's link to `pathname`, to open on the test server. */
export function linkIn(message: ParsedMail, pathname: string): string {
  const found = (message.text ?? '').match(new RegExp(`https?://\\S+${pathname}\\S*`));
  if (!found) throw new Error(`no link to ${pathname} in ${message.text}`);
  const url = new URL(found[0]);
  return `${url.pathname}${url.search}`;
}
