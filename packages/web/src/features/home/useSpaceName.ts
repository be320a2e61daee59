import { useTranslation } from 'react-i18next';
import type { Membership } from '../auth/me.ts';

/** "Tuteur · Biscuiterie des Trois Vallées". */
export function useSpaceName(): (membership: Membership) => string {
  const { t } = useTranslation();
  return (membership) =>
    t('space.name', {
      role: t(`roles.${membership.role}`),
      organisation: membership.organisationName,
    });
}
