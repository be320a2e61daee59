import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link, useRouteContext } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ResponsiveTable } from '../../ui/ResponsiveTable.tsx';
import type { Membership } from '../auth/me.ts';
import { spaceParams } from '../home/spaces.ts';
import { LoadError, Loading } from './LoadState.tsx';
import { type CertificationSummary, certificationsQuery } from './referentialApi.ts';
import { StatusBadge } from './StatusBadge.tsx';
import { certificationName } from './useCertificationTitle.ts';

function VersionLinks({
  space,
  certification,
}: {
  space: Membership;
  certification: CertificationSummary;
}) {
  const { t } = useTranslation();
  if (certification.versions.length === 0)
    return <Text c="dimmed">{t('referential.noVersion')}</Text>;
  return (
    <Stack gap={6}>
      {certification.versions.map((version) => (
        <Group key={version.key} gap="xs" wrap="nowrap">
          <Anchor
            renderRoot={(props) => (
              <Link
                to="/espace/$organisationId/$role/certifications/$slug/$version"
                params={{ ...spaceParams(space), slug: certification.slug, version: version.key }}
                {...props}
              />
            )}
            data-testid={`version-link-${certification.slug}-${version.key}`}
          >
            {t('referential.versionLink', { version: version.key })}
          </Anchor>
          <StatusBadge status={version.status} />
          <Text size="sm" c="dimmed">
            {t('referential.nodeCount', { count: version.nodeCount })}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

/** Every certification with its versions: the entry to the referentials. */
export function CertificationListPage() {
  const { t } = useTranslation();
  const { membership } = useRouteContext({ from: '/_authenticated/espace/$organisationId/$role' });
  const certifications = useQuery(certificationsQuery);
  useDocumentTitle(`${t('referential.listTitle')} · ${t('app.name')}`);

  return (
    <Stack gap="lg" data-testid="certification-list">
      <Stack gap={4}>
        <Title order={1}>{t('referential.listTitle')}</Title>
        <Text>{t('referential.listIntro')}</Text>
      </Stack>
      {certifications.isPending ? <Loading /> : null}
      {certifications.isError ? <LoadError error={certifications.error} /> : null}
      {certifications.data?.length === 0 ? <Text>{t('referential.empty')}</Text> : null}
      {certifications.data?.length ? (
        <ResponsiveTable
          columns={[
            {
              key: 'title',
              header: t('referential.columns.title'),
              cell: (c) => certificationName(c, t),
            },
            {
              key: 'kind',
              header: t('referential.columns.kind'),
              cell: (c) => t(`referential.kinds.${c.kind}`),
            },
            { key: 'rncp', header: t('referential.columns.rncp'), cell: (c) => c.rncp ?? '—' },
            {
              key: 'versions',
              header: t('referential.columns.versions'),
              cell: (c) => <VersionLinks space={membership} certification={c} />,
            },
          ]}
          rows={certifications.data}
          rowKey={(c) => c.slug}
          rowTestId={(c) => `certification-${c.slug}`}
        />
      ) : null}
    </Stack>
  );
}
