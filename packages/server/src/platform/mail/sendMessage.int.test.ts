// Mail through a real SMTP server started by the test: both parts and the attachment arrive,
// a message is sent once per key, a refused recipient or an unreachable server ends failed
// with the answer, a slow server holds no transaction, and nothing can be slipped into headers.
import { eq, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { startJobWorkers, stopJobWorkers } from '../../jobWorkers.ts';
import { createTestContext } from '../../test/harness.ts';
import { startSmtpServer, unusedPort } from '../../test/smtpServer.ts';
import type { Context } from '../context.ts';
import { mailMessages } from '../db/schema.ts';
import { type OutgoingMessage, sendMessage } from './sendMessage.ts';
import type { TemplateName } from './templates.ts';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function contextWith(env: Record<string, string>) {
  const ctx = await createTestContext({
    CERTEVAL_PUBLIC_URL: 'https://certeval.example.org',
    CERTEVAL_MAIL_FROM: 'Certeval <no-reply@certeval.example.org>',
    CERTEVAL_MAIL_RETRIES: '2',
    CERTEVAL_MAIL_RETRY_DELAY_SECONDS: '0',
    CERTEVAL_JOB_TIMEOUT_SECONDS: '30',
    ...env,
  });
  cleanups.push(async () => {
    await stopJobWorkers(ctx);
    await ctx.database.close();
  });
  await startJobWorkers(ctx);
  return ctx;
}

async function smtp(options: Parameters<typeof startSmtpServer>[0] = {}) {
  const server = await startSmtpServer(options);
  cleanups.push(server.close);
  return server;
}

const send = <N extends TemplateName>(ctx: Context, message: OutgoingMessage<N>) =>
  ctx.database.db.transaction((tx) => sendMessage(ctx, tx, message));

async function stateOf(ctx: Context, id: string) {
  const [row] = await ctx.database.db.select().from(mailMessages).where(eq(mailMessages.id, id));
  return row;
}

async function until<T>(check: () => Promise<T | undefined | false>, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const value = await check();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('timed out');
}

const certificate = {
  holderName: 'Camille Vasseur',
  kind: 'attestation' as const,
  number: 'CQP-AGC-2026-000042',
  certificationTitle: 'CQP Assistant(e) de Gestion Client',
  decisionDate: '2026-05-12',
  certifierName: 'Commission paritaire démo',
};

describe('mail through SMTP', () => {
  it('delivers the text and HTML parts in the recipient language, with the attachment', async () => {
    const server = await smtp();
    const ctx = await contextWith({ CERTEVAL_SMTP_URL: server.url });
    const pdf = Buffer.from('%PDF-1.7 a fictional document');
    const sent = await send(ctx, {
      template: 'certificate-issued',
      to: { email: 'camille@exemple.test', name: 'Camille Vasseur', locale: 'en' },
      data: certificate,
      key: 'certificate-1',
      attachments: [
        { fileName: 'CQP-AGC-2026-000042.pdf', contentType: 'application/pdf', content: pdf },
      ],
    });
    expect(sent).toMatchObject({ state: 'queued', created: true });
    const [message] = await until(async () => server.received.length === 1 && server.received);
    const mail = message?.mail;
    expect(mail?.subject).toBe('Your attestation is issued — CQP Assistant(e) de Gestion Client');
    expect(mail?.from?.value).toEqual([
      { name: 'Certeval', address: 'no-reply@certeval.example.org' },
    ]);
    expect(mail?.to && 'value' in mail.to ? mail.to.value : []).toEqual([
      { name: 'Camille Vasseur', address: 'camille@exemple.test' },
    ]);
    expect(mail?.messageId).toBe(`<${sent.id}@certeval.example.org>`);
    expect(mail?.text).toContain('https://certeval.example.org/verifier/CQP-AGC-2026-000042');
    expect(mail?.html).toContain(
      'href="https://certeval.example.org/verifier/CQP-AGC-2026-000042"',
    );
    expect(mail?.attachments.map((a) => [a.filename, a.contentType, a.content.toString()])).toEqual(
      [['CQP-AGC-2026-000042.pdf', 'application/pdf', pdf.toString()]],
    );
    const row = await until(async () => {
      const r = await stateOf(ctx, sent.id);
      return r?.state === 'sent' && r;
    });
    expect(row.attempts).toBe(1);
    // The attempt recorded that the server had the whole message before its final dot.
    expect(row.handedOverAt).toBeInstanceOf(Date);
  });

  it('sends a message once per template, recipient and key, even when asked twice', async () => {
    const server = await smtp();
    const ctx = await contextWith({ CERTEVAL_SMTP_URL: server.url });
    const message = {
      template: 'certificate-issued' as const,
      to: { email: 'Camille@Exemple.test', name: 'Camille Vasseur', locale: 'fr' as const },
      data: certificate,
      key: 'certificate-2',
    };
    const first = await send(ctx, message);
    const second = await send(ctx, {
      ...message,
      to: { ...message.to, email: 'camille@exemple.test' },
    });
    expect(second).toEqual({ id: first.id, state: expect.any(String), created: false });
    await until(async () => (await stateOf(ctx, first.id))?.state === 'sent');
    await new Promise((r) => setTimeout(r, 1500));
    expect(server.received).toHaveLength(1);
    expect(server.received[0]?.mail.subject).toBe(
      'Votre attestation est délivrée — CQP Assistant(e) de Gestion Client',
    );
  });

  it('marks a refused recipient failed after its retries, with the server answer', async () => {
    const server = await smtp({ refuse: (address) => address.startsWith('nobody@') });
    const ctx = await contextWith({ CERTEVAL_SMTP_URL: server.url });
    const sent = await send(ctx, {
      template: 'certificate-issued',
      to: { email: 'nobody@exemple.test', name: 'Personne', locale: 'fr' },
      data: certificate,
      key: 'refused',
    });
    const row = await until(async () => {
      const r = await stateOf(ctx, sent.id);
      return r?.state === 'failed' && r;
    }, 60_000);
    expect(row.attempts).toBe(3);
    expect(row.lastError).toMatch(/^550 .*Mailbox unknown here/);
    expect(row.handedOverAt).toBeNull();
    expect(server.received).toHaveLength(0);
  }, 90_000);

  it('marks a message failed when no SMTP server answers', async () => {
    const port = await unusedPort();
    const ctx = await contextWith({ CERTEVAL_SMTP_URL: `smtp://127.0.0.1:${port}` });
    const sent = await send(ctx, {
      template: 'certificate-issued',
      to: { email: 'camille@exemple.test', name: 'Camille Vasseur', locale: 'fr' },
      data: certificate,
      key: 'unreachable',
    });
    const row = await until(async () => {
      const r = await stateOf(ctx, sent.id);
      return r?.state === 'failed' && r;
    }, 60_000);
    expect(row.lastError).toMatch(/ECONNREFUSED/);
  }, 90_000);

  it('never waits for a slow SMTP server in the transaction that queues the message', async () => {
    const server = await smtp({ delayMs: 4000 });
    const ctx = await contextWith({ CERTEVAL_SMTP_URL: server.url });
    const started = Date.now();
    const sent = await send(ctx, {
      template: 'certificate-issued',
      to: { email: 'camille@exemple.test', name: 'Camille Vasseur', locale: 'fr' },
      data: certificate,
      key: 'slow',
    });
    expect(Date.now() - started).toBeLessThan(1500);
    await until(async () => (await stateOf(ctx, sent.id))?.state === 'sent');
    expect(server.received).toHaveLength(1);
  });

  it('lets no line break of a name or subject reach the headers', async () => {
    const server = await smtp();
    const ctx = await contextWith({ CERTEVAL_SMTP_URL: server.url });
    const sent = await send(ctx, {
      template: 'certificate-issued',
      to: {
        email: 'camille@exemple.test',
        name: 'Camille\r\nBcc: intrus@exemple.test',
        locale: 'fr',
      },
      data: {
        ...certificate,
        certificationTitle: 'CQP\r\nBcc: intrus@exemple.test\r\n\r\nfaux corps',
      },
      key: 'injection',
    });
    await until(async () => (await stateOf(ctx, sent.id))?.state === 'sent');
    const [message] = server.received;
    expect(message?.recipients).toEqual(['camille@exemple.test']);
    expect(message?.mail.bcc).toBeUndefined();
    expect(message?.mail.headers.has('bcc')).toBe(false);
    expect(message?.mail.subject).toBe(
      'Votre attestation est délivrée — CQP Bcc: intrus@exemple.test faux corps',
    );
    const headerBlock = message?.raw.split(/\r?\n\r?\n/)[0] ?? '';
    expect(headerBlock).not.toMatch(/^Bcc:/im);
  });

  it('refuses an address that carries more than one address', async () => {
    const ctx = await contextWith({});
    await expect(
      send(ctx, {
        template: 'certificate-issued',
        to: { email: 'camille@exemple.test\r\nBcc: intrus@exemple.test', name: 'C', locale: 'fr' },
        data: certificate,
        key: 'bad-address',
      }),
    ).rejects.toMatchObject({ code: 'validation_failed' });
    expect(await ctx.database.db.select().from(mailMessages)).toHaveLength(0);
  });
});

describe('an attempt that died', () => {
  // A message left `sending` by a dead attempt, its hold lapsed, then its job run again.
  async function leftBy(ctx: Context, handedOver: boolean, key: string) {
    const queued = await ctx.database.db.transaction(async (tx) => {
      const sent = await sendMessage(ctx, tx, {
        template: 'certificate-issued',
        to: { email: `${key}@exemple.test`, name: 'Camille Vasseur', locale: 'fr' },
        data: certificate,
        key,
      });
      // Its own job is taken out: the dead attempt had it.
      await tx.execute(sql`delete from pgboss.job where data->>'messageId' = ${sent.id}`);
      await tx
        .update(mailMessages)
        .set({
          state: 'sending',
          attempts: 1,
          claimedUntil: new Date(Date.now() - 1000),
          handedOverAt: handedOver ? new Date(Date.now() - 2000) : null,
        })
        .where(eq(mailMessages.id, sent.id));
      await ctx.jobs.enqueue(tx, 'mail-deliver', { messageId: sent.id }, { retryLimit: 2 });
      return sent;
    });
    return queued.id;
  }

  it('never sends again a message it handed over, and records it sent', async () => {
    const server = await smtp();
    const ctx = await contextWith({ CERTEVAL_SMTP_URL: server.url });
    const id = await leftBy(ctx, true, 'handed-over');
    const row = await until(async () => {
      const r = await stateOf(ctx, id);
      return r?.state === 'sent' && r;
    });
    expect(row.lastError).toMatch(/^Handed over to the server/);
    await new Promise((r) => setTimeout(r, 1500));
    expect(server.received).toHaveLength(0);
  });

  it('sends a message it had not handed over', async () => {
    const server = await smtp();
    const ctx = await contextWith({ CERTEVAL_SMTP_URL: server.url });
    const id = await leftBy(ctx, false, 'not-handed-over');
    await until(async () => (await stateOf(ctx, id))?.state === 'sent');
    expect(server.received).toHaveLength(1);
    expect((await stateOf(ctx, id))?.attempts).toBe(2);
  });
});

describe('mail without SMTP (the demo)', () => {
  it('keeps the message in the outbox, marked stored, and delivers nothing', async () => {
    const ctx = await contextWith({});
    const sent = await send(ctx, {
      template: 'password-reset',
      to: { email: 'lucas@exemple.test', name: 'Lucas Moreau', locale: 'fr' },
      data: {
        displayName: 'Lucas Moreau',
        token: 'abc',
        expiresAt: new Date('2026-05-12T10:00:00Z'),
      },
      key: 'reset-1',
    });
    const row = await until(async () => {
      const r = await stateOf(ctx, sent.id);
      return r?.state === 'stored' && r;
    });
    expect(row.transport).toBe('outbox');
    expect(row.textBody).toContain('https://certeval.example.org/reset-password?token=abc');
  });
});
