// The signed-in person's preferences (GET/PUT /api/me/preferences).
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../app/apiClient.ts';
import type { Locale } from '../../i18n/locale.ts';

export type TemplateName =
  | 'password-reset'
  | 'account-created'
  | 'invitation'
  | 'jury-convocation'
  | 'questionnaire-assigned'
  | 'booklet-reopened'
  | 'evaluation-to-do'
  | 'decision-signed'
  | 'certificate-issued'
  | 'certificate-status';

export type Preferences = {
  locale: Locale;
  notifications: Array<{ template: TemplateName; optional: boolean; on: boolean }>;
};

export const preferencesQuery = queryOptions({
  queryKey: ['me', 'preferences'],
  queryFn: () => apiFetch<Preferences>('/api/me/preferences'),
});

export function savePreferences(input: { locale: Locale; off: TemplateName[] }) {
  return apiFetch<Preferences>('/api/me/preferences', { method: 'PUT', body: input });
}
