import type { RolePlay } from '@certeval/core/instruments/formSchema';
import { useTranslation } from 'react-i18next';

/** "Fiche n°1 : Délai de livraison", or "Fiche n°4 (sans titre)" while it has none. */
export function useCardName(): (card: Pick<RolePlay, 'number' | 'title'>) => string {
  const { t } = useTranslation();
  return ({ number, title }) =>
    title.trim() === ''
      ? t('instruments.rolePlays.untitled', { number })
      : t('instruments.rolePlays.cardNamed', { number, title });
}
