// Every /api route of the running server, enumerated from the server itself: a request
// without a session and a request from a role the policy does not name are both refused.
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../accounts/service.ts';
import { demoAccounts, seedDemo } from '../../demo/seedDemo.ts';
import { createTestApp } from '../../test/harness.ts';
import { signInCookie } from '../../test/sessions.ts';
import { rolesFor } from '../policy.ts';
import { registerAuthorization } from './authorization.ts';

let t: Awaited<ReturnType<typeof createTestApp>>;

beforeAll(async () => {
  t = await createTestApp();
  await seedDemo(t.ctx);
  // A person with an account but no role yet (an invitation not accepted): the outsider of
  // the routes every role may reach, such as a candidate's file.
  await createUser(t.ctx, {
    email: 'sans-role@example.org',
    displayName: 'Sans Rôle',
    password: ROLELESS_PASSWORD,
    roles: [],
  });
});
const ROLELESS_PASSWORD = 'un mot de passe sans rôle';
afterAll(() => t.close());

const concrete = (url: string) => url.replace(/:(\w+)/g, '00000000-0000-4000-8000-000000000000');

// One sign-in per account: the login route's rate limit counts every attempt.
const signedIn = new Map<string, Promise<string>>();
function cookieOf(email: string, password?: string): Promise<string> {
  const cookie = signedIn.get(email) ?? signInCookie(t.app, email, password);
  signedIn.set(email, cookie);
  return cookie;
}

describe('route policies', () => {
  it('knows the routes of the server, including the protected ones', () => {
    const urls = t.routes.map((r) => `${r.method} ${r.url}`);
    expect(urls).toContain('GET /api/me');
    expect(urls).toContain('GET /api/users');
    expect(t.routes.filter((r) => r.policy !== 'public').length).toBeGreaterThanOrEqual(4);
  });

  it('refuses every protected route without a session (401)', async () => {
    const protectedRoutes = t.routes.filter((r) => r.policy !== 'public');
    for (const route of protectedRoutes) {
      const response = await t.app.inject({
        method: route.method as 'GET',
        url: concrete(route.url),
      });
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(401);
      expect(response.json().code).toBe('unauthenticated');
    }
  });

  it('refuses every role-restricted route to a person holding none of its roles (403)', async () => {
    const restricted = t.routes.filter(
      (r) => r.policy !== 'public' && rolesFor(r.policy) !== 'any',
    );
    expect(restricted.length).toBeGreaterThan(0);
    for (const route of restricted) {
      if (route.policy === 'public') continue;
      const allowed = rolesFor(route.policy) as readonly string[];
      const demoOutsider = demoAccounts.find((a) =>
        a.roles.every((r) => !allowed.includes(r.role)),
      );
      const outsider = demoOutsider ?? { email: 'sans-role@example.org' };
      const cookie = demoOutsider
        ? await cookieOf(outsider.email)
        : await cookieOf(outsider.email, ROLELESS_PASSWORD);
      const response = await t.app.inject({
        method: route.method as 'GET',
        url: concrete(route.url),
        headers: { cookie },
      });
      expect(response.statusCode, `${route.method} ${route.url} as ${outsider?.email}`).toBe(403);
      expect(response.json().code).toBe('forbidden');
    }
  });

  it('lets a role the policy names through', async () => {
    const cookie = await cookieOf('certificateur@demo.certeval.example');
    const response = await t.app.inject({ method: 'GET', url: '/api/users', headers: { cookie } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toHaveLength(demoAccounts.length + 1);
  });

  it('will not register an /api route that declares no policy', async () => {
    const app = Fastify();
    registerAuthorization(app, t.ctx);
    const register = async () => {
      app.get('/api/forgotten', async () => 'oops');
      await app.ready();
    };
    await expect(register()).rejects.toThrow(/GET \/api\/forgotten declares no policy/);
  });
});
