// The certifier's outbox and jobs, through the API: issuing a session in the demo (no SMTP
// server) leaves each holder's message in the outbox with its link and its PDF, the issuance
// job is listed done, and the progress says where the messages stand.
import { awardedDecision } from '@certeval/core/certificates/certificates.testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedJurySession, TEST_SECRET } from '../../certificates/certificates.testing.ts';
import { createDemoTestApp } from '../../test/harness.ts';
import { signInCookie } from '../../test/sessions.ts';

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let certifier: string;
let batch: { id: string; messages?: object };

const get = async (url: string, cookie = certifier) =>
  t.app.inject({ method: 'GET', url, headers: { cookie } });

beforeAll(async () => {
  t = await createDemoTestApp(
    { CERTEVAL_SECRET: TEST_SECRET, CERTEVAL_PUBLIC_URL: 'https://certeval.example.org' },
    { workers: true },
  );
  certifier = await signInCookie(t.app, 'certificateur@demo.certeval.example');
  const { sessionId } = await signedJurySession(t.ctx, [
    { decision: awardedDecision(), demoCandidate: true },
  ]);
  const started = await t.app.inject({
    method: 'POST',
    url: '/api/certificates/batches',
    headers: { cookie: certifier },
    payload: { sessionId },
  });
  batch = started.json();
  for (let i = 0; i < 300; i++) {
    batch = (await get(`/api/certificates/batches/${batch.id}`)).json();
    const messages = batch.messages as { waiting: number; sent: number } | undefined;
    if ((batch as { status?: string }).status === 'done' && messages?.sent === 1) break;
    await new Promise((r) => setTimeout(r, 100));
  }
});
afterAll(() => t.close());

describe('the outbox of the demo', () => {
  it('keeps the holder message, with its verification link and the PDF attached', async () => {
    expect(batch).toMatchObject({
      status: 'done',
      issued: 1,
      messages: { waiting: 0, sent: 1, failed: 0 },
    });
    const list = (await get('/api/mail/messages')).json();
    const [summary] = list.messages;
    expect(summary).toMatchObject({
      template: 'certificate-issued',
      toName: 'Lucas Moreau',
      toEmail: 'candidat@demo.certeval.example',
      state: 'stored',
      transport: 'outbox',
      attachments: 1,
    });
    expect(list.counts).toEqual([{ state: 'stored', count: 1 }]);
    const message = (await get(`/api/mail/messages/${summary.id}`)).json();
    expect(message.links).toEqual([
      expect.stringMatching(/^https:\/\/certeval\.example\.org\/verifier\/CQP-AGC-/),
    ]);
    expect(message.html).toContain('Bonjour Lucas Moreau,');
    const [attachment] = message.attachments;
    expect(attachment).toMatchObject({ contentType: 'application/pdf' });
    const pdf = await get(`/api/mail/messages/${summary.id}/attachments/${attachment.id}`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('lists the issuance job done and the message delivery job', async () => {
    const jobs = (await get('/api/jobs')).json() as Array<{
      queue: string;
      state: string;
      title: { fr: string };
    }>;
    expect(jobs.find((j) => j.queue === 'certificates-issue')).toMatchObject({
      state: 'done',
      title: { fr: 'Délivrance des documents du jury du 12 juin 2025' },
    });
    expect(jobs.find((j) => j.queue === 'mail-deliver')).toMatchObject({
      state: 'done',
      title: { fr: expect.stringMatching(/^E-mail à Lucas Moreau : Votre certificat est délivré/) },
    });
  });
});
