import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../demo/seedDemo.ts';
import { createTestApp } from '../test/harness.ts';
import { signInCookie } from '../test/sessions.ts';
import { createPasswordReset } from './service.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.ctx);
});
afterAll(() => t.close());

const reset = (token: string, password: string) =>
  t.app.inject({ method: 'POST', url: '/api/auth/password-reset', payload: { token, password } });

describe('password reset', () => {
  it('sets the new password once, closes open sessions, and refuses the token again', async () => {
    const email = 'tuteur@demo.certeval.example';
    const oldSession = await signInCookie(t.app, email);
    const { token, url } = await createPasswordReset(t.ctx, email);
    expect(url).toContain(`/reset-password?token=${token}`);

    expect((await reset(token, 'un nouveau mot de passe')).statusCode).toBe(204);
    const again = await reset(token, 'encore un autre mot de passe');
    expect(again.statusCode).toBe(400);
    expect(again.json().code).toBe('reset_token_invalid');

    const me = await t.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { cookie: oldSession },
    });
    expect(me.statusCode).toBe(401);
    await expect(signInCookie(t.app, email)).rejects.toThrow(/401/);
    await expect(signInCookie(t.app, email, 'un nouveau mot de passe')).resolves.toMatch(
      /certeval_session=/,
    );
  });

  it('refuses an expired token', async () => {
    const { token } = await createPasswordReset(t.ctx, 'formateur@demo.certeval.example');
    const realNow = t.ctx.now;
    t.ctx.now = () => new Date(Date.now() + 25 * 3_600_000);
    try {
      expect((await reset(token, 'un mot de passe assez long')).json().code).toBe(
        'reset_token_invalid',
      );
    } finally {
      t.ctx.now = realNow;
    }
  });

  it('refuses a password shorter than 12 characters and keeps the token usable', async () => {
    const { token } = await createPasswordReset(t.ctx, 'jury@demo.certeval.example');
    const short = await reset(token, 'court');
    expect(short.statusCode).toBe(400);
    expect(short.json().path).toBe('body/password');
    expect((await reset(token, 'maintenant assez long')).statusCode).toBe(204);
  });
});
