// Signs a demo person in through the real login route and returns their cookie header.
import type { FastifyInstance } from 'fastify';
import { findUserByEmail, listMemberships } from '../accounts/store.ts';
import { DEMO_PASSWORD } from '../demo/seedDemo.ts';
import type { Context } from '../platform/context.ts';
import type { Actor } from '../platform/policy.ts';

export async function signInCookie(app: FastifyInstance, email: string, password = DEMO_PASSWORD) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password },
  });
  if (response.statusCode !== 200) {
    throw new Error(`login of ${email} failed: ${response.statusCode} ${response.body}`);
  }
  const cookie = response.cookies.find((c) => c.name === 'certeval_session');
  if (!cookie) throw new Error(`login of ${email} set no session cookie`);
  return `certeval_session=${cookie.value}`;
}

/** The actor behind an account, as the policy sees it, for service-level tests. */
export async function actorForEmail(ctx: Context, email: string): Promise<Actor> {
  const user = await findUserByEmail(ctx.database.db, email);
  if (!user) throw new Error(`no account ${email}`);
  return {
    userId: user.id,
    email: user.email,
    displayName: user.displayName,
    locale: 'fr',
    memberships: await listMemberships(ctx.database.db, user.id),
  };
}
