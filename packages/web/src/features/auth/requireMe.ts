import type { QueryClient } from '@tanstack/react-query';
import { redirect } from '@tanstack/react-router';
import { meQuery } from './authApi.ts';
import type { Me } from './me.ts';

/** The signed-in person; anyone else is sent to /login, then back to where they were going. */
export async function requireMe(queryClient: QueryClient, href: string): Promise<Me> {
  const me = await queryClient.ensureQueryData(meQuery);
  if (!me) throw redirect({ to: '/login', search: { redirect: href } });
  return me;
}

/** Only same-site paths: a crafted ?redirect=https://… must not take the person away. */
export function safeRedirect(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//')) {
    return undefined;
  }
  return value.startsWith('/login') ? undefined : value;
}
