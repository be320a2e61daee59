import './online.css';
import { Anchor, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/apiClient.ts';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { useErrorMessage } from '../../ui/useErrorMessage.ts';
import { spaceParams } from '../home/spaces.ts';
import { Loading, PageLoadError } from '../referential/LoadState.tsx';
import { type FinishResult, startQuestionnaire, type TakeView, takeQuery } from './onlineApi.ts';
import { TAKE_ROUTE_ID } from './onlineRouteIds.ts';
import { ResultPanel } from './ResultPanel.tsx';
import { TakingScreen } from './TakingScreen.tsx';

const route = getRouteApi(TAKE_ROUTE_ID);

function BackToPathway() {
  const { t } = useTranslation();
  const { membership } = route.useRouteContext();
  return (
    <Anchor
      w="fit-content"
      renderRoot={(props) => (
        <Link
          to="/espace/$organisationId/$role/my-pathway"
          params={spaceParams(membership)}
          {...props}
        />
      )}
      data-testid="online-back"
    >
      {t('online.take.back')}
    </Anchor>
  );
}

/** Before the clock starts: how long it lasts, that answers are saved, "Commencer maintenant". */
function Intro({ view, onStarted }: { view: TakeView; onStarted: (view: TakeView) => void }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const start = useMutation({
    mutationFn: () => startQuestionnaire(view.id),
    onSuccess: onStarted,
  });
  const minutes = view.questionnaire.minutes;
  return (
    <Paper withBorder p="md" data-testid="online-intro">
      <Stack gap="sm">
        {view.questionnaire.description ? <Text>{view.questionnaire.description}</Text> : null}
        <Text fw={600}>
          {minutes ? t('online.take.timed', { count: minutes }) : t('online.take.untimed')}
        </Text>
        <Text>{t('online.take.saved')}</Text>
        <Button
          w="fit-content"
          onClick={() => start.mutate()}
          loading={start.isPending}
          data-testid="online-start"
        >
          {t('online.take.startNow')}
        </Button>
        <LiveMessage message={start.error ? errorMessage(start.error) : null} />
      </Stack>
    </Paper>
  );
}

/**
 * The candidate takes a questionnaire: the introduction, then the questions with the clock, then
 * the result. A reload resumes where the answers stand (the server keeps them, and the browser
 * those not yet acknowledged).
 */
export function TakePage() {
  const { t } = useTranslation();
  const { evaluationId } = route.useParams();
  const queryClient = useQueryClient();
  const take = useQuery({
    ...takeQuery(evaluationId),
    refetchOnMount: 'always',
    refetchOnWindowFocus: false,
  });
  const fresh = take.isFetchedAfterMount && !take.isFetching;
  // The screen keeps the copy it opened on: later refetches must not remount it.
  const [opened, setOpened] = useState<TakeView | null>(null);
  const [result, setResult] = useState<FinishResult | null>(null);
  useEffect(() => {
    if (fresh && take.data && !opened) setOpened(take.data);
  }, [fresh, take.data, opened]);
  const questionnaire = (opened ?? take.data)?.questionnaire;
  useDocumentTitle(`${questionnaire?.title ?? t('online.take.pageTitle')} · ${t('app.name')}`);
  const finished =
    take.error instanceof ApiError && take.error.code === 'evaluation_submitted' && !result;
  const invalidate = () =>
    queryClient.invalidateQueries({ predicate: (q) => q.queryKey[0] === 'candidates' });
  const onFinished = (r: FinishResult) => {
    setResult(r);
    void invalidate();
  };
  const reload = async (discard: () => void) => {
    discard();
    setOpened(null);
    await take.refetch();
  };
  return (
    <Stack gap="lg" data-testid="take-page">
      <Stack gap={4}>
        <Title order={1} data-testid="online-title">
          {questionnaire?.title ?? t('online.take.pageTitle')}
        </Title>
        <BackToPathway />
      </Stack>
      {take.isPending || (take.data && !opened && !result) ? <Loading /> : null}
      {finished ? <Text data-testid="online-finished">{t('online.take.finished')}</Text> : null}
      {take.isError && !finished ? <PageLoadError error={take.error} /> : null}
      {result && questionnaire ? (
        <ResultPanel questionnaire={questionnaire} result={result} />
      ) : null}
      {!result && opened?.status === 'assigned' ? (
        <Intro view={opened} onStarted={(view) => setOpened(view)} />
      ) : null}
      {!result && opened?.status === 'in_progress' ? (
        <TakingScreen
          key={`${opened.id}:${opened.revision}`}
          view={opened}
          onReload={(discard) => void reload(discard)}
          onFinished={onFinished}
        />
      ) : null}
    </Stack>
  );
}
