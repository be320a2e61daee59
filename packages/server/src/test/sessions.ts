// Signs a demo person in through the real login route and returns their cookie header.
import type { FastifyInstance } from 'fastify';
import { DEMO_PASSWORD } from '../demo/seedDemo.ts';

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
