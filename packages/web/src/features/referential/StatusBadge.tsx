import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VersionStatus } from './referentialApi.ts';

/** Publiée / Brouillon, in colours dark enough for white text (WCAG AA). */
export function StatusBadge({ status }: { status: VersionStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={status === 'published' ? 'green.9' : 'gray.7'} data-testid={`status-${status}`}>
      {t(`referential.statuses.${status}`)}
    </Badge>
  );
}
