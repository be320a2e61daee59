// What holds a deliberation up, as the certifier reads it (core: worklist/deliberationBlockers).
import { useTranslation } from 'react-i18next';
import { useFormatDay } from '../candidates/useFormatDay.ts';
import type { BlockerLine } from './sectionsApi.ts';

export function useBlockerText(): (blocker: BlockerLine) => string {
  const { t, i18n } = useTranslation();
  const formatDay = useFormatDay();
  const names = (list: readonly string[] | undefined) =>
    new Intl.ListFormat(i18n.language === 'en' ? 'en-GB' : 'fr-FR', {
      style: 'long',
      type: 'conjunction',
    }).format(list ?? []);
  return (b) => {
    const president = b.president ?? t('worklist.deliberations.noPresident');
    switch (b.code) {
      case 'jury_incomplete':
        return t('worklist.deliberations.blockers.jury_incomplete', {
          problems: (b.messages ?? []).map((m) => (i18n.language === 'en' ? m.en : m.fr)).join(' '),
        });
      case 'session_ahead':
        return t('worklist.deliberations.blockers.session_ahead', {
          date: formatDay(b.date ?? ''),
        });
      case 'grids_missing':
        return t('worklist.deliberations.blockers.grids_missing', {
          names: names(b.names),
          count: b.names?.length ?? 0,
        });
      case 'resume':
        return b.reason
          ? t('worklist.deliberations.blockers.resume_reason', { president, reason: b.reason })
          : t('worklist.deliberations.blockers.resume', { president });
      default:
        return t(`worklist.deliberations.blockers.${b.code}`, { president });
    }
  };
}
