import { Anchor, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link, useRouteContext } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Membership } from '../auth/me.ts';
import { spaceParams } from '../home/spaces.ts';
import { LoadError, Loading } from '../referential/LoadState.tsx';
import { certificationsQuery } from '../referential/referentialApi.ts';
import { useCertificationTitle } from '../referential/useCertificationTitle.ts';
import { NewVariantForm } from './NewVariantForm.tsx';
import { useFormatDate } from './useFormatDate.ts';
import { type VariantSummary, variantsQuery } from './variantApi.ts';

function VariantRow({
  space,
  variant,
  title,
}: {
  space: Membership;
  variant: VariantSummary;
  title: string;
}) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return (
    <Table.Tr data-testid={`variant-${variant.id}`}>
      <Table.Th scope="row" fw={600}>
        <Anchor
          renderRoot={(props) => (
            <Link
              to="/espace/$organisationId/$role/adapted-referential/$variantId"
              params={{ ...spaceParams(space), variantId: variant.id }}
              {...props}
            />
          )}
          data-testid="variant-link"
        >
          {variant.name}
        </Anchor>
      </Table.Th>
      <Table.Td>{title}</Table.Td>
      <Table.Td>{t('variant.versionLabel', { version: variant.version })}</Table.Td>
      <Table.Td>{t('variant.changeCount', { count: variant.changes.length })}</Table.Td>
      <Table.Td>{formatDate(variant.updatedAt)}</Table.Td>
    </Table.Tr>
  );
}

/** The company's adaptations of national referentials, and starting a new one (its pilot). */
export function VariantListPage() {
  const { t } = useTranslation();
  const { membership } = useRouteContext({ from: '/_authenticated/espace/$organisationId/$role' });
  const variants = useQuery(variantsQuery);
  const certifications = useQuery(certificationsQuery);
  useDocumentTitle(`${t('variant.listTitle')} · ${t('app.name')}`);
  // A person may hold roles in several organisations: this space shows its own company's.
  const own = variants.data?.filter((v) => v.organisationId === membership.organisationId);
  const titleOf = useCertificationTitle();

  return (
    <Stack gap="lg" data-testid="variant-list">
      <Stack gap={4}>
        <Title order={1}>{t('variant.listTitle')}</Title>
        <Text>{t('variant.listIntro', { organisation: membership.organisationName })}</Text>
      </Stack>
      {variants.isPending ? <Loading /> : null}
      {variants.isError ? <LoadError error={variants.error} /> : null}
      {own?.length === 0 ? (
        <Text data-testid="variant-list-empty">{t('variant.empty')}</Text>
      ) : null}
      {own?.length ? (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('variant.columns.name')}</Table.Th>
                <Table.Th scope="col">{t('variant.columns.certification')}</Table.Th>
                <Table.Th scope="col">{t('variant.columns.version')}</Table.Th>
                <Table.Th scope="col">{t('variant.columns.changes')}</Table.Th>
                <Table.Th scope="col">{t('variant.columns.updatedAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {own.map((variant) => (
                <VariantRow
                  key={variant.id}
                  space={membership}
                  variant={variant}
                  title={titleOf(variant.certification)}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {membership.role === 'company_pilot' ? (
        <NewVariantForm space={membership} certifications={certifications} />
      ) : null}
    </Stack>
  );
}
