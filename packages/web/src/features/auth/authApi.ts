import { queryOptions } from '@tanstack/react-query';
import { ApiError, apiFetch } from '../../app/apiClient.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { Me } from './me.ts';

export const meQueryKey = ['me'] as const;

/** The signed-in person, or null when nobody is signed in (401). */
async function fetchMe(): Promise<Me | null> {
  try {
    return await apiFetch<Me>('/api/me');
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
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
