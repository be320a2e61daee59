import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../demo/seedDemo.ts';
import { createTestApp } from '../test/harness.ts';
import { signInCookie } from '../test/sessions.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;

beforeAll(async () => {
  // The test's requests come from 127.0.0.1, the proxy whose X-Forwarded-* headers are believed.
  t = await createTestApp({
    CERTEVAL_LOGIN_ATTEMPTS_PER_MINUTE: '5',
    CERTEVAL_TRUST_PROXY: '127.0.0.1',
  });
  await seedDemo(t.ctx);
});
afterAll(() => t.close());

const login = (email: string, password: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password }, headers });

describe('signing in and out', () => {
  it('opens an httpOnly, SameSite session and returns the person with their roles', async () => {
    const response = await login('Pilote@demo.certeval.example', 'certeval-demo');
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'certeval_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect(cookie?.secure).toBeFalsy();
    const me = response.json();
    expect(me.displayName).toBe('Julien Roussel');
    expect(me.memberships.map((m: { role: string }) => m.role).sort()).toEqual([
      'company_pilot',
      'tutor',
    ]);
  });

  it('marks the cookie Secure behind a TLS proxy', async () => {
    const response = await login('tuteur@demo.certeval.example', 'certeval-demo', {
      'x-forwarded-proto': 'https',
    });
    expect(response.cookies.find((c) => c.name === 'certeval_session')?.secure).toBe(true);
  });

  it('gives the same answer for a wrong password and an unknown address', async () => {
    const wrong = await login('jury@demo.certeval.example', 'not-the-password');
    const unknown = await login('nobody@demo.certeval.example', 'not-the-password');
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual(unknown.json());
    expect(wrong.json().message.fr).toMatch(/incorrect/);
  });

  it('closes the session on logout', async () => {
    const cookie = await signInCookie(t.app, 'candidat@demo.certeval.example');
    const before = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(before.statusCode).toBe(200);
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie },
    });
    expect(out.statusCode).toBe(204);
    const after = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(after.statusCode).toBe(401);
  });

  it('refuses an invented session token', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { cookie: 'certeval_session=forged-token-value' },
    });
    expect(response.statusCode).toBe(401);
  });

  it('says which field is wrong, in French and English', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'formateur@demo.certeval.example' },
    });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body).toMatchObject({ code: 'validation_failed', path: 'body/password' });
    expect(body.message.fr).toContain('obligatoire');
    expect(body.message.en).toContain('required');
  });

  it('limits repeated attempts on one address (429) without blocking the others', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 7; i++)
      statuses.push((await login('formateur@demo.certeval.example', `bad-${i}`)).statusCode);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.slice(5)).toEqual([429, 429]);
    const limited = await login('formateur@demo.certeval.example', 'certeval-demo');
    expect(limited.json().code).toBe('too_many_requests');
    expect((await login('jury@demo.certeval.example', 'certeval-demo')).statusCode).toBe(200);
  });

  it('remembers the language a person chooses', async () => {
    const cookie = await signInCookie(t.app, 'jury@demo.certeval.example');
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/me/locale',
      headers: { cookie },
      payload: { locale: 'en' },
    });
    expect(put.statusCode).toBe(204);
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(me.json().locale).toBe('en');
  });
});

// Issue 16, item 9: the web app's probe on every load answered 401 to nobody signed in, which
// the browser logs as an error on every sign-in page.
describe('the session probe', () => {
  const probe = (cookie?: string) =>
    t.app.inject({ method: 'GET', url: '/api/session', headers: cookie ? { cookie } : {} });

  it('answers 200 with nobody when no session cookie is sent, and is never cached', async () => {
    const response = await probe();
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ me: null });
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('names the signed-in person as /api/me does, and nobody once signed out', async () => {
    const cookie = await signInCookie(t.app, 'tuteur@demo.certeval.example');
    const me = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    const signedIn = await probe(cookie);
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json()).toEqual({ me: me.json() });
    await t.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie } });
    expect((await probe(cookie)).json()).toEqual({ me: null });
    // The person's own routes still refuse the ended session.
    const after = await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(after.statusCode).toBe(401);
  });

  it('says nobody for an invented token rather than failing', async () => {
    const response = await probe('certeval_session=forged-token-value');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ me: null });
  });
});
