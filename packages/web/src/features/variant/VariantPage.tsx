import '../referential/referential.css';
import './variant.css';
import { Stack } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n.ts';
import { Loading, PageLoadError } from '../referential/LoadState.tsx';
import { versionQuery } from '../referential/referentialApi.ts';
import { certificationTitle } from '../referential/VersionHeader.tsx';
import { VariantEditor } from './VariantEditor.tsx';
import { VariantHeader } from './VariantHeader.tsx';
import { variantQuery, variantsQuery } from './variantApi.ts';
import { VARIANT_ROUTE_ID } from './variantRouteIds.ts';

const route = getRouteApi(VARIANT_ROUTE_ID);

/** One company variant: the national version it adapts, line by line, editable by its pilot. */
export function VariantPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const { variantId } = route.useParams();
  const variant = useQuery(variantQuery(variantId));
  const national = useQuery({
    ...versionQuery(variant.data?.certification ?? '', variant.data?.version ?? ''),
    enabled: variant.data !== undefined,
  });
  // A save or a reload starts a fresh editor on what the server holds.
  const [reloads, setReloads] = useState(0);
  const [savedMessage, setSavedMessage] = useState<string | null>(null);
  useDocumentTitle(`${variant.data?.name ?? t('variant.listTitle')} · ${t('app.name')}`);

  const onSaved = async (revision: number) => {
    setSavedMessage(t('variant.save.saved', { revision }));
    await queryClient.invalidateQueries({ queryKey: variantsQuery.queryKey });
  };
  const onReload = async () => {
    setSavedMessage(null);
    await variant.refetch();
    setReloads((count) => count + 1);
  };
  const error = variant.error ?? national.error;
  return (
    <Stack gap="lg" data-testid="variant-page">
      {variant.isPending || (variant.data && national.isPending) ? <Loading /> : null}
      {error ? <PageLoadError error={error} /> : null}
      {variant.data && national.data ? (
        <>
          <VariantHeader
            variant={variant.data}
            certificationTitle={certificationTitle(national.data, t, currentLocale())}
          />
          <VariantEditor
            key={`${variant.data.revision}:${reloads}`}
            variant={variant.data}
            national={national.data.version}
            savedMessage={savedMessage}
            onSaved={onSaved}
            onReload={() => void onReload()}
          />
        </>
      ) : null}
    </Stack>
  );
}
