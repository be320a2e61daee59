import { Anchor, Button, Group, Stack, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Membership } from '../auth/me.ts';
import { spaceParams } from '../home/spaces.ts';
import { useFormatDate } from '../variant/useFormatDate.ts';
import type { CloneTarget } from './CloneDialog.tsx';
import { InstrumentKindAndStatus } from './InstrumentBadges.tsx';
import { canAdapt, canDuplicate } from './instrumentAccess.ts';
import type { InstrumentSummary } from './instrumentsApi.ts';

type Props = {
  space: Membership;
  instruments: InstrumentSummary[];
  certificationTitle: (slug: string) => string;
  /** The title of the instrument `key@version` an adaptation was made from. */
  instrumentTitle: (ref: string) => string;
  onClone: (target: CloneTarget) => void;
  testId: string;
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

function InstrumentRow({
  space,
  instrument,
  certificationTitle,
  onClone,
  instrumentTitle,
}: Omit<Props, 'instruments' | 'testId'> & { instrument: InstrumentSummary }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const { key, version } = instrument;
  return (
    <Table.Tr data-testid={`instrument-${key}-${version}`}>
      <Table.Th scope="row" fw={600}>
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
      </Table.Th>
      <Table.Td>
        <InstrumentKindAndStatus
          kind={instrument.kind}
          status={instrument.status}
          company={Boolean(instrument.organisationId)}
        />
      </Table.Td>
      <Table.Td>
        {instrument.certification
          ? t('instruments.boundTo', {
              certification: certificationTitle(instrument.certification),
              version: instrument.referentialVersion ?? '—',
            })
          : '—'}
      </Table.Td>
      <Table.Td>{instrument.updatedAt ? formatDate(instrument.updatedAt) : '—'}</Table.Td>
      <Table.Td>
        <RowActions space={space} instrument={instrument} onClone={onClone} />
      </Table.Td>
    </Table.Tr>
  );
}

/** The instruments of one group (national, or the company's) with the actions the role has. */
export function InstrumentTable({
  space,
  instruments,
  certificationTitle,
  instrumentTitle,
  onClone,
  testId,
}: Props) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="sm" striped data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('instruments.columns.title')}</Table.Th>
            <Table.Th scope="col">{t('instruments.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('instruments.columns.certification')}</Table.Th>
            <Table.Th scope="col">{t('instruments.columns.updatedAt')}</Table.Th>
            <Table.Th scope="col">{t('instruments.columns.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {instruments.map((instrument) => (
            <InstrumentRow
              key={`${instrument.key}@${instrument.version}`}
              space={space}
              instrument={instrument}
              certificationTitle={certificationTitle}
              instrumentTitle={instrumentTitle}
              onClone={onClone}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
