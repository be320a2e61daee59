// Abuse of the outbox and the job list: a holder or a pilot reads neither; another certifier
// sees none of this certifier's messages or jobs; the body of a confidential message (a reset
// link) is not shown once an SMTP server delivers it; only whoever queued a message, or may
// read the outbox, learns where it stands.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, ensureOrganisation } from '../accounts/service.ts';
import { demoCertifierId } from '../certificates/certificates.testing.ts';
import { sendMessage } from '../platform/mail/sendMessage.ts';
import { createDemoTestApp } from '../test/harness.ts';
import { signInCookie } from '../test/sessions.ts';

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let ids: { certificate: string; reset: string };
const OTHER = 'autre-certificateur@exemple.test';
const PASSWORD = 'un mot de passe assez long';

const get = (url: string, cookie: string) =>
  t.app.inject({ method: 'GET', url, headers: { cookie } });

beforeAll(async () => {
  // An SMTP server is named (never reached: no worker runs here), so messages are `smtp` ones.
  t = await createDemoTestApp({ CERTEVAL_SMTP_URL: 'smtp://127.0.0.1:9' });
  await ensureOrganisation(t.ctx, 'certifier', 'Autre certificateur fictif');
  await createUser(t.ctx, {
    email: OTHER,
    displayName: 'Autre Certificateur',
    password: PASSWORD,
    roles: [{ organisationName: 'Autre certificateur fictif', role: 'certifier_admin' }],
  });
  const organisationId = await demoCertifierId(t.ctx);
  const pilot = await t.ctx.database.query<{ id: string }>(
    "select id from users where email = 'pilote@demo.certeval.example'",
  );
  ids = await t.ctx.database.db.transaction(async (tx) => ({
    certificate: (
      await sendMessage(t.ctx, tx, {
        template: 'certificate-issued',
        to: { email: 'titulaire@exemple.test', name: 'Titulaire Fictif', locale: 'fr' },
        data: {
          holderName: 'Titulaire Fictif',
          kind: 'certificate',
          number: 'CQP-AGC-2026-000009',
          certificationTitle: 'CQP AGC',
          decisionDate: '2026-05-12',
          certifierName: 'Commission paritaire démo',
        },
        key: 'abuse-certificate',
        organisationId,
      })
    ).id,
    reset: (
      await sendMessage(t.ctx, tx, {
        template: 'password-reset',
        to: { email: 'pilote@demo.certeval.example', name: 'Julien Roussel', locale: 'fr' },
        data: { displayName: 'Julien Roussel', token: 'jeton-secret', expiresAt: new Date() },
        key: 'abuse-reset',
        requestedBy: pilot[0]?.id ?? '',
      })
    ).id,
  }));
});
afterAll(() => t.close());

describe('the outbox and the jobs, abused', () => {
  it('are refused to a holder and to a pilot', async () => {
    for (const email of ['candidat@demo.certeval.example', 'pilote@demo.certeval.example']) {
      const cookie = await signInCookie(t.app, email);
      expect((await get('/api/mail/messages', cookie)).statusCode).toBe(403);
      expect((await get(`/api/mail/messages/${ids.certificate}`, cookie)).statusCode).toBe(403);
      expect((await get('/api/jobs', cookie)).statusCode).toBe(403);
    }
  });

  it("hide a certifier's messages and jobs from another certifier", async () => {
    const other = await signInCookie(t.app, OTHER, PASSWORD);
    const list = (await get('/api/mail/messages', other)).json();
    expect(list.messages.map((m: { id: string }) => m.id)).toEqual([ids.reset]);
    expect((await get(`/api/mail/messages/${ids.certificate}`, other)).statusCode).toBe(404);
    expect((await get(`/api/mail/messages/${ids.certificate}/state`, other)).statusCode).toBe(404);
    const jobs = (await get('/api/jobs', other)).json() as Array<{ title: { fr: string } }>;
    expect(jobs.map((j) => j.title.fr)).toEqual([
      'E-mail à Julien Roussel : Choisissez votre mot de passe Certeval',
    ]);
  });

  it('never shows the secret link of a message an SMTP server delivers', async () => {
    const certifier = await signInCookie(t.app, 'certificateur@demo.certeval.example');
    const message = (await get(`/api/mail/messages/${ids.reset}`, certifier)).json();
    expect(message).toMatchObject({ confidential: true, text: null, html: null, links: [] });
    expect(JSON.stringify(message)).not.toContain('jeton-secret');
  });

  it('tells whoever queued a message where it stands, and no one else', async () => {
    const pilot = await signInCookie(t.app, 'pilote@demo.certeval.example');
    expect((await get(`/api/mail/messages/${ids.reset}/state`, pilot)).json()).toEqual({
      id: ids.reset,
      state: 'queued',
      lastError: null,
    });
    const holder = await signInCookie(t.app, 'candidat@demo.certeval.example');
    expect((await get(`/api/mail/messages/${ids.reset}/state`, holder)).statusCode).toBe(404);
  });
});
