import { Alert, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DocumentsPanel } from './DocumentsPanel.tsx';
import { type VaeBooklet, vaeBookletQuery } from './vaeApi.ts';

/**
 * The candidate's booklet behind an appreciation on a vae_booklet instrument: loaded only for
 * such an instrument, so the jury member reads each answer under its question.
 */
export function useBookletBehind(candidateId: string, instrumentKind: string | undefined) {
  return useQuery({
    ...vaeBookletQuery(candidateId),
    enabled: instrumentKind === 'vae_booklet',
  });
}

/** Above the items: where the booklet stands, and its documents to download. */
export function BookletForJury({ booklet }: { booklet: VaeBooklet }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" data-testid="vae-for-jury">
      <Text fw={600}>{t('vae.jury.title')}</Text>
      <Text size="sm">{t('vae.jury.intro')}</Text>
      {booklet.status !== 'submitted' ? (
        <Alert color="orange" variant="outline" data-testid="vae-not-submitted">
          {t('vae.jury.notSubmitted')}
        </Alert>
      ) : null}
      <DocumentsPanel view={booklet} editable={false} />
    </Stack>
  );
}
