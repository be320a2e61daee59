import { useTranslation } from 'react-i18next';
import { StateBadge } from '../../ui/StateBadge.tsx';
import type { VersionStatus } from './referentialApi.ts';

/** Publiée / Brouillon, in colours dark enough for white text (WCAG AA). */
export function StatusBadge({ status }: { status: VersionStatus }) {
  const { t } = useTranslation();
  return (
    <StateBadge kind="publication" state={status} data-testid={`status-${status}`}>
      {t(`referential.statuses.${status}`)}
    </StateBadge>
  );
}
