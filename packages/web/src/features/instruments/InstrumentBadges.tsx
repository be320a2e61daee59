import type { InstrumentKind } from '@certeval/core/instruments/schema';
import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StateBadge } from '../../ui/StateBadge.tsx';
import type { InstrumentStatus } from './instrumentsApi.ts';

type Props = {
  kind: InstrumentKind;
  status: InstrumentStatus;
  company: boolean;
};

/** Publié / Brouillon, in colours dark enough for white text (WCAG AA). */
export function StatusBadge({ status }: { status: InstrumentStatus }) {
  const { t } = useTranslation();
  return (
    <StateBadge kind="publication" state={status} data-testid={`status-${status}`}>
      {t(`instruments.statuses.${status}`)}
    </StateBadge>
  );
}

/** Kind, status and whether it is a company's adaptation, in a row (the page's header). */
export function InstrumentBadges({ kind, status, company }: Props) {
  const { t } = useTranslation();
  return (
    <Group gap={6}>
      <Badge variant="outline" color="blue.9">
        {t(`instruments.kinds.${kind}`)}
      </Badge>
      <StatusBadge status={status} />
      {company ? (
        <Badge variant="outline" color="grape.9" data-testid="badge-company">
          {t('instruments.companyBadge')}
        </Badge>
      ) : null}
    </Group>
  );
}

/** The same in a table cell, as text that wraps in a narrow column. */
export function InstrumentKindAndStatus({ kind, status, company }: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap={4} align="flex-start">
      <Text size="sm">{t(`instruments.kinds.${kind}`)}</Text>
      <StatusBadge status={status} />
      {company ? (
        <Text size="xs" c="grape.9" data-testid="badge-company">
          {t('instruments.companyBadge')}
        </Text>
      ) : null}
    </Stack>
  );
}
