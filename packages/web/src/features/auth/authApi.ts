import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../app/apiClient.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { Me } from './me.ts';

export const meQueryKey = ['me'] as const;

/**
 * The signed-in person, or null when nobody is. The probe answers 200 either way (issue 16,
 * item 9): a 401 here was logged by the browser as an error on every sign-in page.
 */
async function fetchMe(): Promise<Me | null> {
  const { me } = await apiFetch<{ me: Me | null }>('/api/session');
  return me;
}

export const meQuery = queryOptions({
  queryKey: meQueryKey,
  queryFn: fetchMe,
  staleTime: 5 * 60_000,
});

export function login(credentials: { email: string; password: string }): Promise<Me> {
  return apiFetch<Me>('/api/auth/login', { method: 'POST', body: credentials });
}

export function logout(): Promise<void> {
  return apiFetch<void>('/api/auth/logout', { method: 'POST' });
}

export function saveLocale(locale: Locale): Promise<void> {
  return apiFetch<void>('/api/me/locale', { method: 'PUT', body: { locale } });
}

export function resetPassword(input: { token: string; password: string }): Promise<void> {
  return apiFetch<void>('/api/auth/password-reset', { method: 'POST', body: input });
}

/** Asks for a one-time link to choose a new password (the same answer for any address). */
export function askForResetLink(email: string): Promise<void> {
  return apiFetch<void>('/api/auth/password-forgot', { method: 'POST', body: { email } });
}
