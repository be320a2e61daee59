// Requests to the app as the people of a test: each signed in once through the real login
// route, then named in every request by the name the test gives them ('pilot', 'tutor'…).
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { signInCookie } from './sessions.ts';

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** An e-mail signed in with the demo password, or an account with its own password. */
export type Account = string | { email: string; password: string };

export interface DemoCaller {
  /**
   * Sends a request with the session of `who`; a payload given as a string or a buffer is
   * sent as is, with `contentType` when given.
   */
  call: (
    method: Method,
    url: string,
    who: string,
    payload?: InjectOptions['payload'],
    contentType?: string,
  ) => Promise<LightMyRequestResponse>;
  /** Each name's session cookie header; a person signed in later may be added. */
  cookies: Record<string, string>;
}

/** Signs in every account, by name, and returns the `call` that sends requests as them. */
export async function demoCaller(
  app: FastifyInstance,
  accounts: Record<string, Account>,
): Promise<DemoCaller> {
  const cookies: Record<string, string> = {};
  for (const [who, account] of Object.entries(accounts))
    cookies[who] =
      typeof account === 'string'
        ? await signInCookie(app, account)
        : await signInCookie(app, account.email, account.password);
  const call: DemoCaller['call'] = (method, url, who, payload, contentType) => {
    const cookie = cookies[who];
    if (cookie === undefined) throw new Error(`nobody is signed in as ${who}`);
    return app.inject({
      method,
      url,
      headers: { cookie, ...(contentType ? { 'content-type': contentType } : {}) },
      ...(payload !== undefined ? { payload } : {}),
    });
  };
  return { call, cookies };
}
