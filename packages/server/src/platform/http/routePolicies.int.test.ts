// Every /api route of the running server, enumerated from the server itself: a request
// without a session and a request from a role the policy does not name are both refused; and
// every read of a candidate's file or of an evaluation keeps a jury member's grid — its scores,
// its comment, its history — from the candidate, the company's pilot, the tutor, the trainer
// and the other members (issue 14).
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../accounts/service.ts';
import { demoAccounts } from '../../demo/seedDemo.ts';
import {
  type Journey,
  journey,
  observations,
  readyDemoCandidate,
  seatedCandidate,
} from '../../jury/juryJourney.testing.ts';
import { createDemoTestApp } from '../../test/harness.ts';
import { signInCookie } from '../../test/sessions.ts';
import { rolesFor } from '../policy.ts';
import { registerAuthorization } from './authorization.ts';

let t: Awaited<ReturnType<typeof createDemoTestApp>>;

beforeAll(async () => {
  t = await createDemoTestApp();
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

describe('reads of a candidate’s evaluations (issue 14)', () => {
  let j: Journey;
  let candidateId: string;
  const grids: Record<string, string> = {};
  const SECRET = 'Brouillon du collège salarié : OT à 30, à confirmer.';

  beforeAll(async () => {
    j = await journey(t);
    j.cookies.holder = await cookieOf('candidat@demo.certeval.example');
    candidateId = await readyDemoCandidate(j);
    const { seatId: seat } = await seatedCandidate(j, candidateId, {
      place: 'Salle des routes (démo)',
    });
    for (const who of ['employees', 'opca']) {
      const opened = await j.call('POST', `/api/jury/candidates/${seat}/grid`, who);
      grids[who] = opened.json().evaluationId;
    }
    const saved = await j.call('PUT', `/api/evaluations/${grids.employees}`, 'employees', {
      items: observations(70, 70, 30),
      comment: SECRET,
      revision: 1,
    });
    expect(saved.statusCode, saved.body).toBe(200);
  }, 180_000);

  /** Every GET route of a candidate's file or of an evaluation, as the server declares it. */
  const evaluationReads = () =>
    t.routes.filter(
      (r) => r.method === 'GET' && /^\/api\/(candidates|evaluations)\/:id/.test(r.url),
    );

  it('covers the routes that read evaluations, history included', () => {
    const urls = evaluationReads().map((r) => r.url);
    for (const url of [
      '/api/evaluations/:id',
      '/api/evaluations/:id/history',
      '/api/candidates/:id/evaluations',
      '/api/candidates/:id/booklet',
      '/api/candidates/:id/dossier',
    ])
      expect(urls).toContain(url);
  });

  it('never shows a member’s grid, draft or history, to anyone but its member', async () => {
    // Who must not read which grid: the file's other readers none, another member not theirs.
    const hidden: Record<string, string[]> = {
      holder: Object.values(grids),
      pilot: Object.values(grids),
      tutor: Object.values(grids),
      trainer: Object.values(grids),
      opca: [grids.employees as string],
    };
    const leaks: string[] = [];
    for (const route of evaluationReads())
      for (const [who, ids] of Object.entries(hidden)) {
        const targets = route.url.startsWith('/api/evaluations/') ? ids : [candidateId];
        for (const id of targets) {
          const url = route.url.replace(':id', id).replace(/:(\w+)/g, NIL);
          const response = await j.call('GET', url, who);
          const body = response.body;
          if (route.url.startsWith('/api/evaluations/') && response.statusCode === 200)
            leaks.push(`${who}: ${route.url} answered 200 for a member's grid`);
          if (body.includes(SECRET)) leaks.push(`${who}: ${route.url} shows the draft comment`);
          for (const grid of ids)
            if (id !== grid && body.includes(grid))
              leaks.push(`${who}: ${route.url} names a member's grid`);
        }
      }
    expect(leaks).toEqual([]);
  });

  it('shows the member their own grid and its history', async () => {
    const history = await j.call('GET', `/api/evaluations/${grids.employees}/history`, 'employees');
    expect(history.statusCode).toBe(200);
    expect(history.body).toContain(SECRET);
  });
});

const NIL = '00000000-0000-4000-8000-000000000000';
