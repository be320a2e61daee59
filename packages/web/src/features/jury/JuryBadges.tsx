import { useTranslation } from 'react-i18next';
import { StateBadge } from '../../ui/StateBadge.tsx';
import type { DeliberationStatus } from './juryApi.ts';

/** Where a candidate's deliberation stands. */
export function DeliberationBadge({ status }: { status: DeliberationStatus }) {
  const { t } = useTranslation();
  return (
    <StateBadge kind="deliberation" state={status} data-testid="deliberation-status">
      {t(`jury.statuses.${status}`)}
    </StateBadge>
  );
}
