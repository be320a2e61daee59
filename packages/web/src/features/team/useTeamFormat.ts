import { type Role, roleLabels } from '@certeval/core/organisation/roles';
import { useTranslation } from 'react-i18next';
import { isRole } from './teamModel.ts';

/** A role in the reader's language, in core's words ("Tuteur", "Tutor"). */
export function useRoleLabel(): (role: Role | string) => string {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en' : 'fr';
  return (role) => (isRole(role) ? roleLabels[role][locale] : role);
}

/** "30 novembre 2026 à 15:46" for an ISO instant, in the reader's language. */
export function useFormatInstant(): (iso: string) => string {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'fr-FR', {
    dateStyle: 'long',
    timeStyle: 'short',
  });
  return (iso) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : format.format(date);
  };
}
