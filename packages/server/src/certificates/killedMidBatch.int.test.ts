// Issue 15, the kill -9 test: the server, a real process with its mail going to a real SMTP
// server, is killed without warning in the middle of issuing a session; started again, it
// finishes the batch, every document issued once, and no holder receives their message twice
// (mail is at most once: a message the dead server was handing over may be lost, never doubled).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { awardedDecision } from '@certeval/core/certificates/certificates.testing';
import { afterAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../demo/seedDemo.ts';
import { loadConfig } from '../platform/config.ts';
import { createContext } from '../platform/context.ts';
import { openDatabase } from '../platform/db/open.ts';
import { loadShippedReferentials } from '../referential/loadShipped.ts';
import { databaseEnv, serverUrl, startServer, stop } from '../test/serverProcess.ts';
import { startSmtpServer } from '../test/smtpServer.ts';
import { signedJurySession, TEST_SECRET } from './certificates.testing.ts';

const HOLDERS = 300;
/** The SMTP connections a server keeps (platform/mail/transport.ts). */
const SMTP_CONNECTIONS = 4;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'certeval-kill-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** The database as the server will find it: the demo, and a session of signed decisions. */
async function prepared(env: Record<string, string>) {
  const config = loadConfig({ ...env, CERTEVAL_SECRET: TEST_SECRET });
  const database = await openDatabase(config.database);
  await database.migrate();
  const ctx = createContext(database, config);
  await loadShippedReferentials(ctx);
  await seedDemo(ctx);
  const holders = Array.from({ length: HOLDERS }, (_, i) => ({
    decision: awardedDecision(),
    birthName: `Fictif${i}`,
    email: `titulaire-${i}@exemple.test`,
  }));
  const { sessionId } = await signedJurySession(ctx, holders);
  await database.close();
  return sessionId;
}

async function signIn(base: string) {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: 'certificateur@demo.certeval.example',
      password: 'certeval-demo',
    }),
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`no session: ${response.status}`);
  return cookie;
}

type Progress = {
  status: string;
  total: number;
  issued: number;
  messages?: { waiting: number; sent: number; failed: number };
};

async function progress(base: string, cookie: string, id: string): Promise<Progress> {
  return (await fetch(`${base}/api/certificates/batches/${id}`, { headers: { cookie } })).json();
}

async function until<T>(check: () => Promise<T | undefined | false>, ms: number): Promise<T> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const value = await check();
    if (value) return value;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('timed out');
}

describe('a server killed mid-batch', () => {
  it('finishes the batch once started again, and no message arrives twice', async () => {
    const smtp = await startSmtpServer({ rawOnly: true });
    const env = {
      ...(await databaseEnv(path.join(tmp, 'pglite'))),
      CERTEVAL_SECRET: TEST_SECRET,
      CERTEVAL_SMTP_URL: smtp.url,
      CERTEVAL_JOB_TIMEOUT_SECONDS: '10',
      CERTEVAL_MAIL_RETRY_DELAY_SECONDS: '1',
    };
    const sessionId = await prepared(env);

    const first = startServer(env);
    const base = await serverUrl(first);
    const cookie = await signIn(base);
    const started = await fetch(`${base}/api/certificates/batches`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ sessionId }),
    });
    expect(started.status).toBe(202);
    const { id } = (await started.json()) as { id: string };
    // Killed as soon as the first holder's message reaches the SMTP server (seen in this
    // process, whatever the busy server takes to answer): its first documents are issued,
    // most of the batch is not, nor are its messages sent.
    await until(async () => smtp.received.length > 0, 120_000);
    first.child.kill('SIGKILL');
    await first.exited;
    const receivedAtKill = smtp.received.length;
    expect(receivedAtKill).toBeLessThan(HOLDERS);

    const second = startServer(env);
    try {
      const again = await serverUrl(second);
      const cookie2 = await signIn(again);
      const done = await until(async () => {
        const now = await progress(again, cookie2, id);
        return now.status !== 'running' && now.messages?.waiting === 0 && now;
      }, 180_000);
      expect(done).toMatchObject({ status: 'done', total: HOLDERS, issued: HOLDERS });
      expect(done.messages).toEqual({ waiting: 0, sent: HOLDERS, failed: 0 });
      // A message handed over just before the kill may reach the server a moment later.
      await new Promise((r) => setTimeout(r, 1000));
      const recipients = smtp.received.flatMap((m) => m.recipients);
      const expected = Array.from({ length: HOLDERS }, (_, i) => `titulaire-${i}@exemple.test`);
      // Never twice; at most once for a message the dead server had handed over to SMTP but
      // not finished (its final dot never sent): one per pooled connection at most.
      expect(new Set(recipients).size).toBe(recipients.length);
      expect(recipients.length).toBeGreaterThanOrEqual(HOLDERS - SMTP_CONNECTIONS);
      expect(recipients.every((r) => expected.includes(r))).toBe(true);
    } finally {
      await stop(second, 'SIGTERM');
      await smtp.close();
    }
  }, 420_000);
});
