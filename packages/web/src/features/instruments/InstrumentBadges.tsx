import type { InstrumentKind } from '@certeval/core/instruments/schema';
import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InstrumentStatus } from './instrumentsApi.ts';

type Props = {
  kind: InstrumentKind;
  status: InstrumentStatus;
  company: boolean;
};

/** Kind, Publié / Brouillon, and whether it is a company's adaptation (WCAG AA colours). */
export function InstrumentBadges({ kind, status, company }: Props) {
  const { t } = useTranslation();
  return (
    <Group gap={6}>
      <Badge variant="outline" color="blue.9">
        {t(`instruments.kinds.${kind}`)}
      </Badge>
      <Badge color={status === 'published' ? 'green.9' : 'gray.7'} data-testid={`status-${status}`}>
        {t(`instruments.statuses.${status}`)}
      </Badge>
      {company ? (
        <Badge variant="outline" color="grape.9" data-testid="badge-company">
          {t('instruments.companyBadge')}
        </Badge>
      ) : null}
    </Group>
  );
}
