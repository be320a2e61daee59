import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DeliberationStatus } from './juryApi.ts';

/** Where a candidate's deliberation stands. */
export function DeliberationBadge({ status }: { status: DeliberationStatus }) {
  const { t } = useTranslation();
  const color = status === 'signed' ? 'green.9' : status === 'reopened' ? 'orange.9' : 'gray.7';
  return (
    <Badge variant="outline" color={color} data-testid="deliberation-status">
      {t(`jury.statuses.${status}`)}
    </Badge>
  );
}
