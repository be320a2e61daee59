import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ResponsiveTable } from '../../ui/ResponsiveTable.tsx';
import type { Membership } from '../auth/me.ts';
import { spaceParams } from '../home/spaces.ts';
import { useFormatDate } from '../variant/useFormatDate.ts';
import type { CloneTarget } from './CloneDialog.tsx';
import { InstrumentKindAndStatus } from './InstrumentBadges.tsx';
import { canAdapt, canDuplicate } from './instrumentAccess.ts';
import { type InstrumentSummary, instrumentRefId } from './instrumentsApi.ts';

type Props = {
  space: Membership;
  instruments: InstrumentSummary[];
  certificationTitle: (slug: string) => string;
  onClone: (target: CloneTarget) => void;
  testId: string;
  /** The title of the instrument `key@version` an adaptation was made from. */
  instrumentTitle: (ref: string) => string;
};

function RowActions({
  space,
  instrument,
  onClone,
}: Pick<Props, 'space' | 'onClone'> & { instrument: InstrumentSummary }) {
  const { t } = useTranslation();
  const target = { key: instrument.key, version: instrument.version, title: instrument.title };
  const organisation = space.organisationName;
  return (
    <Group gap={6}>
      {canAdapt(space, instrument) ? (
        <Button
          size="compact-sm"
          variant="default"
          aria-label={t('instruments.adaptItem', { title: instrument.title, organisation })}
          onClick={() => onClone({ ...target, mode: 'adapt' })}
          data-testid={`adapt-${instrument.key}`}
        >
          {t('instruments.adapt')}
        </Button>
      ) : null}
      {canDuplicate(space) ? (
        <Button
          size="compact-sm"
          variant="default"
          aria-label={t('instruments.duplicateItem', { title: instrument.title })}
          onClick={() => onClone({ ...target, mode: 'duplicate' })}
          data-testid={`duplicate-${instrument.key}`}
        >
          {t('instruments.duplicate')}
        </Button>
      ) : null}
    </Group>
  );
}

function TitleCell({
  space,
  instrument,
  instrumentTitle,
}: Pick<Props, 'space' | 'instrumentTitle'> & { instrument: InstrumentSummary }) {
  const { t } = useTranslation();
  const { key, version } = instrument;
  return (
    <Stack gap={4}>
      <Anchor
        renderRoot={(props) => (
          <Link
            to="/espace/$organisationId/$role/instruments/$key/$version"
            params={{ ...spaceParams(space), key, version }}
            {...props}
          />
        )}
        data-testid={`instrument-link-${key}`}
      >
        {instrument.title}
      </Anchor>
      <Text size="xs" c="dimmed" fw={400}>
        {t('instruments.versionLabel', { version })}
      </Text>
      {instrument.derivedFrom && instrumentTitle(instrument.derivedFrom) ? (
        <Text size="xs" c="dimmed" fw={400}>
          {t('instruments.derivedFrom', { source: instrumentTitle(instrument.derivedFrom) })}
        </Text>
      ) : null}
    </Stack>
  );
}

/** The instruments of one group (national, or the company's) with the actions the role has. */
export function InstrumentTable({
  space,
  instruments,
  certificationTitle,
  onClone,
  instrumentTitle,
  testId,
}: Props) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <ResponsiveTable
      columns={[
        {
          key: 'title',
          header: t('instruments.columns.title'),
          cell: (i) => <TitleCell space={space} instrument={i} instrumentTitle={instrumentTitle} />,
        },
        {
          key: 'status',
          header: t('instruments.columns.status'),
          cell: (i) => (
            <InstrumentKindAndStatus
              kind={i.kind}
              status={i.status}
              company={Boolean(i.organisationId)}
            />
          ),
        },
        {
          key: 'certification',
          header: t('instruments.columns.certification'),
          cell: (i) =>
            i.certification
              ? t('instruments.boundTo', {
                  certification: certificationTitle(i.certification),
                  version: i.referentialVersion ?? '—',
                })
              : '—',
        },
        {
          key: 'updated',
          header: t('instruments.columns.updatedAt'),
          cell: (i) => (i.updatedAt ? formatDate(i.updatedAt) : '—'),
        },
        {
          key: 'actions',
          header: t('instruments.columns.actions'),
          cell: (i) => <RowActions space={space} instrument={i} onClone={onClone} />,
        },
      ]}
      rows={instruments}
      rowKey={instrumentRefId}
      rowTestId={(i) => `instrument-${i.key}-${i.version}`}
      data-testid={testId}
    />
  );
}
