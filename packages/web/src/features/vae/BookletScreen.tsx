import '../online/online.css';
import { Stack, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { LoadError, Loading } from '../referential/LoadState.tsx';
import { BookletReader } from './BookletReader.tsx';
import { BookletWriter } from './BookletWriter.tsx';
import { ReopeningNotice } from './ReopenBooklet.tsx';
import { type VaeBooklet, vaeBookletQuery } from './vaeApi.ts';

/**
 * One candidate's VAE booklet: written by the candidate while a draft, read by everyone else
 * and once submitted. A reload resumes where the answers stand (the server keeps them, and the
 * browser those not yet acknowledged).
 */
export function BookletScreen({
  candidateId,
  back,
}: {
  candidateId: string;
  back?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const query = vaeBookletQuery(candidateId);
  const booklet = useQuery({ ...query, refetchOnMount: 'always', refetchOnWindowFocus: false });
  const fresh = booklet.isFetchedAfterMount && !booklet.isFetching;
  // The writer keeps the copy it opened on: later refetches (a document attached) must not
  // remount it; a reload after a conflict starts a fresh writer.
  const [opened, setOpened] = useState<VaeBooklet | null>(null);
  const [done, setDone] = useState(false);
  useEffect(() => {
    if (fresh && booklet.data && !opened) setOpened(booklet.data);
  }, [fresh, booklet.data, opened]);
  useDocumentTitle(`${t('vae.page.title')} · ${t('app.name')}`);
  const data = booklet.data;
  const reload = async (discard: () => void) => {
    discard();
    setOpened(null);
    await booklet.refetch();
  };
  const submitted = async () => {
    setDone(true);
    setOpened(null);
    await queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'candidates' });
  };
  const writing = opened?.canWrite && data?.canWrite;
  return (
    <Stack gap="lg" data-testid="vae-booklet-page">
      <Stack gap={4}>
        <Title order={1} data-testid="vae-title">
          {data?.booklet.title ?? t('vae.page.title')}
        </Title>
        {data ? (
          <div data-testid="vae-candidate">{t('vae.page.of', { name: data.candidateName })}</div>
        ) : null}
        {back}
      </Stack>
      <LiveMessage
        message={done ? t('vae.submit.done') : null}
        tone="success"
        testId="vae-submitted"
      />
      {data ? <ReopeningNotice view={data} writing={Boolean(writing)} /> : null}
      {booklet.isPending || (data?.canWrite && !opened) ? <Loading /> : null}
      {booklet.isError ? <LoadError error={booklet.error} /> : null}
      {writing && opened ? (
        <BookletWriter
          key={`${opened.candidateId}:${opened.revision}`}
          view={{ ...opened, documents: data.documents }}
          onReload={(discard) => void reload(discard)}
          onSubmitted={() => void submitted()}
        />
      ) : null}
      {data && !data.canWrite ? <BookletReader view={data} /> : null}
    </Stack>
  );
}
