import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PATHS } from '../candidates/candidateRouteIds.ts';
import { candidatePageQuery } from '../candidates/candidatesApi.ts';
import { spaceParams } from '../home/spaces.ts';
import { LoadError, Loading } from '../referential/LoadState.tsx';
import { BookletScreen } from './BookletScreen.tsx';
import { VAE_BOOKLET_ROUTE_ID } from './vaeRouteIds.ts';

const fileRoute = getRouteApi(VAE_BOOKLET_ROUTE_ID);

/** A candidate's booklet opened from their file. */
export function VaeBookletPage() {
  const { t } = useTranslation();
  const { candidateId } = fileRoute.useParams();
  const { membership } = fileRoute.useRouteContext();
  return (
    <BookletScreen
      candidateId={candidateId}
      back={
        <Anchor
          w="fit-content"
          renderRoot={(props) => (
            <Link
              to={PATHS.candidate}
              params={{ ...spaceParams(membership), candidateId }}
              {...props}
            />
          )}
          data-testid="vae-back"
        >
          {t('vae.page.back')}
        </Anchor>
      }
    />
  );
}

/** The candidate's own booklet: the file of theirs on the VAE route. */
export function MyVaeBookletPage() {
  const { t } = useTranslation();
  // A candidate sees their own files only: the first page holds them all.
  const files = useQuery(candidatePageQuery({}, null));
  const vae = files.data?.items.find((f) => f.accessRoute === 'vae');
  if (files.isPending) return <Loading />;
  if (files.isError) return <LoadError error={files.error} />;
  if (!vae)
    return (
      <Stack gap="lg">
        <Title order={1}>{t('vae.page.title')}</Title>
        <Text data-testid="vae-not-vae">{t('vae.page.notVae')}</Text>
      </Stack>
    );
  return <BookletScreen candidateId={vae.id} />;
}
