import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Membership } from '../auth/me.ts';
import { spaceParams } from '../home/spaces.ts';
import { InstrumentBadges } from './InstrumentBadges.tsx';
import type { InstrumentOwnership } from './instrumentAccess.ts';
import { findInstrument, type InstrumentDetail, instrumentsQuery } from './instrumentsApi.ts';

type Props = {
  space: Membership;
  detail: InstrumentDetail;
  ownership: InstrumentOwnership;
  certificationTitle: string | undefined;
};

/** Title, kind and status of the saved version, what it is built on, and its revision. */
export function InstrumentHeader({ space, detail, ownership, certificationTitle }: Props) {
  const { t } = useTranslation();
  const { instrument } = detail;
  // The instrument it was made from, named by its title, not its key.
  const instruments = useQuery({ ...instrumentsQuery, enabled: Boolean(detail.derivedFrom) });
  const source = findInstrument(instruments.data, detail.derivedFrom ?? '');
  const { binding } = instrument;
  return (
    <Stack gap="xs">
      <Anchor
        w="fit-content"
        className="no-print"
        renderRoot={(props) => (
          <Link
            to="/espace/$organisationId/$role/instruments"
            params={spaceParams(space)}
            {...props}
          />
        )}
        data-testid="back-to-instruments"
      >
        {t('instruments.page.backToList')}
      </Anchor>
      <Title order={1} data-testid="instrument-title">
        {instrument.title}
      </Title>
      <Group gap="sm">
        <InstrumentBadges
          kind={instrument.kind}
          status={ownership.status}
          company={Boolean(ownership.organisationId)}
        />
        <Text fw={600} data-testid="instrument-version">
          {t('instruments.versionLabel', { version: instrument.version })}
        </Text>
        <Text c="dimmed" size="sm" data-testid="instrument-revision">
          {t('instruments.revision', { revision: detail.revision })}
        </Text>
      </Group>
      <Text size="sm">
        {'certification' in binding
          ? t('instruments.boundTo', {
              certification: certificationTitle ?? binding.certification,
              version: binding.version,
            })
          : t('instruments.boundToVariant', { variant: binding.variant })}
        {source
          ? ` · ${t('instruments.derivedFrom', { source: `${source.title} (${t('instruments.versionLabel', { version: source.version })})` })}`
          : ''}
      </Text>
    </Stack>
  );
}
