// Self-service password reset (issue 15, item 2), with a real SMTP server: a person who forgot
// their password gets it back from the sign-in page alone, in French or in English; the answer
// is the same whether the address has an account or not; the link works once, for one hour;
// asking is limited per address and per network address; every session of the person ends.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoTestApp } from '../test/harness.ts';
import { receivedFor, settled, tokenIn } from '../test/mailbox.ts';
import { signInCookie } from '../test/sessions.ts';
import { startSmtpServer } from '../test/smtpServer.ts';
import { FORGOT_PER_ADDRESS_PER_HOUR, FORGOT_PER_IP_PER_HOUR } from './selfServiceRoutes.ts';

let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let t: Awaited<ReturnType<typeof createDemoTestApp>>;

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await createDemoTestApp(
    {
      CERTEVAL_SMTP_URL: smtp.url,
      CERTEVAL_PUBLIC_URL: 'https://certeval.example.org',
      CERTEVAL_MAIL_RETRY_DELAY_SECONDS: '0',
    },
    { workers: true },
  );
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

const forgot = (email: string, remoteAddress = '127.0.0.1') =>
  t.app.inject({
    method: 'POST',
    url: '/api/auth/password-forgot',
    payload: { email },
    remoteAddress,
  });
const reset = (token: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/password-reset', payload: { token, password } });

/** What an answer shows a caller: its status, body and headers but those of the moment. */
const seen = (response: Awaited<ReturnType<typeof forgot>>) => {
  const { date, 'x-request-id': _id, ...headers } = response.headers;
  return { status: response.statusCode, body: response.body, headers };
};

describe('forgot password, from the sign-in page', () => {
  it('sends a one-time link in French that sets the password and ends every session', async () => {
    const email = 'tuteur@demo.certeval.example';
    const before = await signInCookie(t.app, email);
    expect((await forgot('  Tuteur@Demo.Certeval.Example ')).statusCode).toBe(202);
    const [message] = await receivedFor(smtp.received, email);
    if (!message) throw new Error('no message');
    expect(message.mail.subject).toBe('Choisissez votre mot de passe Certeval');
    expect(message.mail.text).toContain('https://certeval.example.org/reset-password?token=');
    expect(message.mail.html).toContain('href="https://certeval.example.org/reset-password?token=');
    const token = tokenIn(message, '/reset-password');

    expect((await reset(token, 'une phrase retrouvée par courriel')).statusCode).toBe(204);
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: before } });
    expect(me.statusCode).toBe(401);
    await expect(signInCookie(t.app, email, 'une phrase retrouvée par courriel')).resolves.toMatch(
      /certeval_session=/,
    );
    expect((await reset(token, 'encore une autre phrase')).json().code).toBe('reset_token_invalid');
  });

  it('writes to a person who chose English in English', async () => {
    const email = 'formateur@demo.certeval.example';
    const cookie = await signInCookie(t.app, email);
    await t.app.inject({
      method: 'PUT',
      url: '/api/me/locale',
      headers: { cookie },
      payload: { locale: 'en' },
    });
    await forgot(email);
    const [message] = await receivedFor(smtp.received, email);
    if (!message) throw new Error('no message');
    expect(message.mail.subject).toBe('Choose your Certeval password');
    expect(message.mail.text).toContain('Here is your link to choose a new Certeval password.');
    const token = tokenIn(message, '/reset-password');
    expect((await reset(token, 'an English pass phrase')).statusCode).toBe(204);
    await expect(signInCookie(t.app, email, 'an English pass phrase')).resolves.toMatch(
      /certeval_session=/,
    );
  });

  it('answers the same, doing the same work, whether the address has an account or not', async () => {
    const jobs = async () =>
      (
        await t.ctx.database.query<{ n: number }>(
          "select count(*)::int as n from pgboss.job where name = 'password-forgot'",
        )
      )[0]?.n ?? 0;
    const start = await jobs();
    const known = seen(await forgot('jury@demo.certeval.example', '10.0.0.1'));
    const unknown = seen(await forgot('personne.inconnue@demo.certeval.example', '10.0.0.2'));
    expect(unknown).toEqual(known);
    expect(known.status).toBe(202);
    // One job queued for each: the lookup happens later, apart from the answer.
    expect((await jobs()) - start).toBe(2);
    await receivedFor(smtp.received, 'jury@demo.certeval.example');
    await settled(t.ctx, ['password-forgot', 'mail-deliver']);
    expect(
      smtp.received.filter((r) => r.recipients.includes('personne.inconnue@demo.certeval.example')),
    ).toHaveLength(0);
  });

  it('gives a link that expires after one hour', async () => {
    const email = 'jury.opca@demo.certeval.example';
    await forgot(email, '10.0.0.3');
    const [message] = await receivedFor(smtp.received, email);
    if (!message) throw new Error('no message');
    const realNow = t.ctx.now;
    t.ctx.now = () => new Date(Date.now() + 61 * 60_000);
    try {
      expect(
        (await reset(tokenIn(message, '/reset-password'), 'trop tard pour ce lien')).json(),
      ).toMatchObject({ code: 'reset_token_invalid' });
    } finally {
      t.ctx.now = realNow;
    }
  });

  it('limits the requests for one address, however spelled, and from one network address', async () => {
    const email = 'jury.salaries@demo.certeval.example';
    const spellings = [email, email.toUpperCase(), ` ${email}`];
    for (let n = 0; n < FORGOT_PER_ADDRESS_PER_HOUR; n++) {
      const answer = await forgot(spellings[n % 3] ?? email, `10.0.1.${n}`);
      expect(answer.statusCode).toBe(202);
    }
    const refused = await forgot(email, '10.0.1.99');
    expect(refused.statusCode).toBe(429);
    expect(refused.json().code).toBe('too_many_requests');

    for (let n = 0; n < FORGOT_PER_IP_PER_HOUR; n++) {
      expect((await forgot(`quelqu.un.${n}@demo.certeval.example`, '10.0.2.1')).statusCode).toBe(
        202,
      );
    }
    expect((await forgot('encore.un@demo.certeval.example', '10.0.2.1')).statusCode).toBe(429);
  });

  it('refuses what is not an address, naming the field', async () => {
    const answer = await forgot('pas-une-adresse');
    expect(answer.statusCode).toBe(400);
    expect(answer.json().path).toBe('body/email');
  });
});
