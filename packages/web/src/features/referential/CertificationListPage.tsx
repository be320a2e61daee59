import { Anchor, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link, useRouteContext } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
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

function CertificationRow({
  space,
  certification,
}: {
  space: Membership;
  certification: CertificationSummary;
}) {
  const { t } = useTranslation();
  return (
    <Table.Tr data-testid={`certification-${certification.slug}`}>
      <Table.Th scope="row" fw={600}>
        {certificationName(certification, t)}
      </Table.Th>
      <Table.Td>{t(`referential.kinds.${certification.kind}`)}</Table.Td>
      <Table.Td>{certification.rncp ?? '—'}</Table.Td>
      <Table.Td>
        <VersionLinks space={space} certification={certification} />
      </Table.Td>
    </Table.Tr>
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
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('referential.columns.title')}</Table.Th>
                <Table.Th scope="col">{t('referential.columns.kind')}</Table.Th>
                <Table.Th scope="col">{t('referential.columns.rncp')}</Table.Th>
                <Table.Th scope="col">{t('referential.columns.versions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {certifications.data.map((certification) => (
                <CertificationRow
                  key={certification.slug}
                  space={membership}
                  certification={certification}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </Stack>
  );
}
