import { Alert, Group, NativeSelect, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DiffResult } from './DiffResult.tsx';
import { LoadError, Loading } from './LoadState.tsx';
import { certificationsQuery, diffQuery } from './referentialApi.ts';
import { VERSION_ROUTE_ID } from './views.ts';

const route = getRouteApi(VERSION_ROUTE_ID);

/** The version before `current` in the list, or `current` itself when it is the first. */
function previousOf(keys: string[], current: string): string {
  const index = keys.indexOf(current);
  return index > 0 ? (keys[index - 1] ?? current) : current;
}

/** Two versions chosen in select boxes (kept in the URL), and what changed between them. */
export function VersionComparison({ slug, current }: { slug: string; current: string }) {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const certifications = useQuery(certificationsQuery);
  const keys = certifications.data?.find((c) => c.slug === slug)?.versions.map((v) => v.key) ?? [
    current,
  ];
  const from = search.from ?? previousOf(keys, current);
  const to = search.to ?? current;
  const diff = useQuery(diffQuery(slug, from, to));
  const choose = (side: 'from' | 'to', value: string) =>
    void navigate({ search: (previous) => ({ ...previous, [side]: value }) });
  const options = keys.map((key) => ({
    value: key,
    label: t('referential.versionLink', { version: key }),
  }));

  return (
    <Stack gap="md" data-testid="version-comparison">
      {keys.length < 2 ? (
        <Alert color="blue" variant="outline" data-testid="single-version">
          {t('referential.compare.onlyOne')}
        </Alert>
      ) : null}
      <Group gap="md" className="no-print">
        <NativeSelect
          label={t('referential.compare.from')}
          value={from}
          data={options}
          onChange={(event) => choose('from', event.currentTarget.value)}
          data-testid="compare-from"
        />
        <NativeSelect
          label={t('referential.compare.to')}
          value={to}
          data={options}
          onChange={(event) => choose('to', event.currentTarget.value)}
          data-testid="compare-to"
        />
      </Group>
      {diff.isPending ? <Loading /> : null}
      {diff.isError ? <LoadError error={diff.error} /> : null}
      {diff.data ? <DiffResult diff={diff.data} /> : null}
    </Stack>
  );
}
