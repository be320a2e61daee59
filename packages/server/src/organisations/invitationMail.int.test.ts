// Invitations by e-mail (issue 15, item 3) through a real SMTP server: the invited person
// receives the link, in the language of their account or else the inviter's; the inviter never
// gets it and sees the message sent, or not delivered with the server's answer; a resent
// invitation carries a new link and the former one opens nothing; a cancelled one neither; a
// name carrying line breaks adds no header.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureOrganisation } from '../accounts/service.ts';
import { demoOrganisations } from '../demo/seedDemo.ts';
import { createDemoTestApp } from '../test/harness.ts';
import { receivedFor, tokenIn, until } from '../test/mailbox.ts';
import { actorForEmail, signInCookie } from '../test/sessions.ts';
import { startSmtpServer } from '../test/smtpServer.ts';
import { invitePerson } from './invitePerson.ts';

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let pilot: string;
let companyId: string;
const REFUSED = 'adresse.refusee@exemple.test';

beforeAll(async () => {
  smtp = await startSmtpServer({ refuse: (address) => address === REFUSED });
  t = await createDemoTestApp(
    {
      CERTEVAL_SMTP_URL: smtp.url,
      CERTEVAL_PUBLIC_URL: 'https://certeval.example.org',
      CERTEVAL_MAIL_RETRIES: '1',
      CERTEVAL_MAIL_RETRY_DELAY_SECONDS: '0',
    },
    { workers: true },
  );
  pilot = await signInCookie(t.app, 'pilote@demo.certeval.example');
  companyId = (await ensureOrganisation(t.ctx, 'company', demoOrganisations.company)).id;
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const call = (method: 'GET' | 'POST', url: string, cookie?: string, payload?: object) =>
  t.app.inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload ? { payload } : {}) });
const invite = (email: string, displayName: string, role = 'tutor') =>
  call('POST', `/api/organisations/${companyId}/invitations`, pilot, { email, displayName, role });
const listed = async (email: string) => {
  const people = (await call('GET', `/api/organisations/${companyId}/people`, pilot)).json();
  return people.invitations.find((i: { email: string }) => i.email === email);
};

describe('an invitation by e-mail', () => {
  it('reaches a new address with the link, in the inviter’s language; the inviter sees it sent', async () => {
    const email = 'ambre.girard@exemple.test';
    const created = await invite(email, 'Ambre Girard');
    expect(created.statusCode).toBe(201);
    expect(created.body).not.toMatch(/token|invitation\?/);
    const [message] = await receivedFor(smtp.received, email);
    if (!message) throw new Error('no message');
    expect(message.mail.subject).toBe(
      'Julien Roussel vous invite sur Certeval — Biscuiterie des Trois Vallées',
    );
    expect(message.mail.text).toContain('rejoindre « Biscuiterie des Trois Vallées » comme Tuteur');
    expect(message.mail.html).toContain('href="https://certeval.example.org/invitation?token=');
    const token = tokenIn(message, '/invitation');
    expect((await call('GET', `/api/invitations/${token}`)).json().standing).toBe('new_account');
    const row = await until(async () => {
      const found = await listed(email);
      return found?.delivery?.state === 'sent' && found;
    });
    expect(row.delivery.lastError).toBeNull();
  });

  it('reaches an existing account in its own language, asking it to sign in', async () => {
    const email = 'jury.opca@demo.certeval.example';
    const cookie = await signInCookie(t.app, email);
    await call('POST', '/api/auth/logout', cookie);
    await t.ctx.database.query("update users set locale = 'en' where email = $1", [email]);
    await invite(email, 'Nadège Collin', 'candidate');
    const [message] = await receivedFor(smtp.received, email);
    expect(message?.mail.subject).toBe(
      'Julien Roussel invites you to Certeval — Biscuiterie des Trois Vallées',
    );
    expect(message?.mail.text).toContain('You already have a Certeval account');
  });

  it('sent again carries a new link; the former one opens nothing', async () => {
    const email = 'basile.henry@exemple.test';
    const { id } = (await invite(email, 'Basile Henry')).json();
    const [first] = await receivedFor(smtp.received, email);
    if (!first) throw new Error('no message');
    const resent = await call(
      'POST',
      `/api/organisations/${companyId}/invitations/${id}/resend`,
      pilot,
    );
    expect(resent.statusCode).toBe(200);
    expect(resent.body).not.toMatch(/token/);
    const [, second] = await receivedFor(smtp.received, email, 2);
    if (!second) throw new Error('no second message');
    const [oldToken, newToken] = [tokenIn(first, '/invitation'), tokenIn(second, '/invitation')];
    expect(newToken).not.toBe(oldToken);
    expect((await call('GET', `/api/invitations/${oldToken}`)).statusCode).toBe(404);
    expect((await call('GET', `/api/invitations/${newToken}`)).statusCode).toBe(200);

    // Cancelled, the live link opens nothing either; it can no longer be sent again.
    await call('POST', `/api/organisations/${companyId}/invitations/${id}/cancel`, pilot);
    expect((await call('GET', `/api/invitations/${newToken}`)).statusCode).toBe(404);
    expect(
      (await call('POST', `/api/organisations/${companyId}/invitations/${id}/resend`, pilot))
        .statusCode,
    ).toBe(404);
  });

  it('refused by the server is shown "not delivered" with the server’s answer', async () => {
    await invite(REFUSED, 'Adresse Refusée');
    const row = await until(async () => {
      const found = await listed(REFUSED);
      return found?.delivery?.state === 'failed' && found;
    });
    expect(row.delivery.lastError).toMatch(/550|Mailbox unknown/);
  });

  it('adds no header through a name carrying line breaks', async () => {
    const email = 'eve.martin@exemple.test';
    const hostile = 'Eve Martin\r\nBcc: intrus@exemple.test';
    // The form refuses such a name (issue 16, "Bad input"); the mail is safe without it.
    expect((await invite(email, hostile)).statusCode).toBe(400);
    const inviter = await actorForEmail(t.ctx, 'pilote@demo.certeval.example');
    await invitePerson(t.ctx, inviter, companyId, { email, displayName: hostile, role: 'tutor' });
    const [message] = await receivedFor(smtp.received, email);
    const headers = message?.raw.split(/\r?\n\r?\n/)[0] ?? '';
    expect(headers).not.toMatch(/^Bcc:/im);
    expect(message?.recipients).toEqual([email]);
    expect(smtp.received.some((r) => r.recipients.includes('intrus@exemple.test'))).toBe(false);
  });
});
