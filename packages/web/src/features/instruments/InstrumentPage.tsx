import './instruments.css';
import { Stack } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useRouteContext } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { Loading, PageLoadError } from '../referential/LoadState.tsx';
import { InstrumentHeader } from './InstrumentHeader.tsx';
import { InstrumentWorkspace } from './InstrumentWorkspace.tsx';
import type { InstrumentOwnership } from './instrumentAccess.ts';
import { INSTRUMENT_ROUTE_ID } from './instrumentRouteIds.ts';
import { instrumentQuery } from './instrumentsApi.ts';
import { useBoundVersion } from './useBoundVersion.ts';

const route = getRouteApi(INSTRUMENT_ROUTE_ID);

/** One version of an instrument: edited by who may, previewed and printed by everyone here. */
export function InstrumentPage() {
  const { t } = useTranslation();
  const { membership } = useRouteContext({ from: '/_authenticated/espace/$organisationId/$role' });
  const { key, version } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  // The editor keeps its own copy: a refetch in the background must not replace the draft.
  const detail = useQuery({ ...instrumentQuery(key, version), refetchOnWindowFocus: false });
  const binding = useBoundVersion(detail.data?.instrument);
  useDocumentTitle(
    `${detail.data?.instrument.title ?? t('instruments.listTitle')} · ${t('app.name')}`,
  );
  const ownership: InstrumentOwnership | undefined = detail.data && {
    status: detail.data.status ?? detail.data.instrument.status,
    organisationId: detail.data.organisationId ?? null,
    ...(detail.data.canEdit === undefined ? {} : { canEdit: detail.data.canEdit }),
  };
  const error = detail.error ?? binding.error;
  return (
    <Stack gap="lg" data-testid="instrument-page">
      {error ? <PageLoadError error={error} /> : null}
      {!error && (detail.isPending || binding.isPending) ? <Loading /> : null}
      {detail.data && ownership ? (
        <InstrumentHeader
          space={membership}
          detail={detail.data}
          ownership={ownership}
          certificationTitle={binding.bound?.certificationTitle}
        />
      ) : null}
      {detail.data && ownership && binding.bound ? (
        <InstrumentWorkspace
          key={`${key}@${version}`}
          space={membership}
          detail={detail.data}
          ownership={ownership}
          bound={binding.bound}
          view={search.view}
          onView={(view) => void navigate({ search: { view }, replace: true })}
          onReload={async () => (await detail.refetch()).data}
        />
      ) : null}
    </Stack>
  );
}
