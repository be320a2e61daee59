import './evaluations.css';
import { Anchor, Badge, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StateBadge } from '../../ui/StateBadge.tsx';
import { candidateName } from '../candidates/candidateList.ts';
import { PATHS } from '../candidates/candidateRouteIds.ts';
import { CANDIDATES_KEY, candidateQuery } from '../candidates/candidatesApi.ts';
import { useFormatDay } from '../candidates/useFormatDay.ts';
import { spaceParams } from '../home/spaces.ts';
import { Loading, PageLoadError } from '../referential/LoadState.tsx';
import { EvidenceProvider, useBookletEvidence } from '../vae/BookletEvidence.tsx';
// A VAE booklet's appreciation shows the candidate's answers and documents (issue 6, item 5).
import { BookletForJury, useBookletBehind } from '../vae/BookletForJury.tsx';
import { EvaluationEditor } from './EvaluationEditor.tsx';
import { EvaluationItems } from './EvaluationItems.tsx';
import { EVALUATION_ROUTE_ID } from './evaluationRouteIds.ts';
import { type EvaluationDetail, evaluationQuery } from './evaluationsApi.ts';
import { ResultsOnly } from './ResultsOnly.tsx';

const route = getRouteApi(EVALUATION_ROUTE_ID);
const noop = () => undefined;

function EvaluationHeader({ evaluation }: { evaluation: EvaluationDetail }) {
  const { t } = useTranslation();
  const { membership } = route.useRouteContext();
  const formatDay = useFormatDay();
  const file = useQuery(candidateQuery(evaluation.candidateId));
  return (
    <Stack gap={4}>
      <Title order={1} data-testid="evaluation-title">
        {evaluation.instrument?.title ?? t('evaluations.page.title')}
      </Title>
      {file.data ? (
        <Anchor
          w="fit-content"
          renderRoot={(props) => (
            <Link
              to={PATHS.candidate}
              params={{ ...spaceParams(membership), candidateId: evaluation.candidateId }}
              {...props}
            />
          )}
          data-testid="evaluation-candidate"
        >
          {t('evaluations.page.of', { name: candidateName(file.data.candidate) })}
        </Anchor>
      ) : null}
      <Group gap="xs">
        <Badge variant="outline" data-testid="evaluation-kind">
          {t(`evaluations.kinds.${evaluation.kind}`)}
        </Badge>
        <StateBadge kind="evaluation" state={evaluation.status} data-testid="evaluation-status">
          {t(`evaluations.statuses.${evaluation.status}`)}
        </StateBadge>
        <Text size="sm">
          {t('evaluations.page.byOn', {
            name: evaluation.evaluatorName,
            role: t(`evaluations.roles.${evaluation.evaluatorRole as 'tutor'}`),
            date: formatDay(evaluation.date),
          })}
        </Text>
      </Group>
    </Stack>
  );
}

/** One evaluation: filled by its evaluator while a draft, read by the others and once submitted. */
export function EvaluationPage() {
  const { t } = useTranslation();
  const { evaluationId } = route.useParams();
  const queryClient = useQueryClient();
  // The editor starts from what the server holds now, never from a cached copy: a stale
  // revision would make its first save a conflict with the evaluator's own earlier saves.
  const evaluation = useQuery({
    ...evaluationQuery(evaluationId),
    refetchOnMount: 'always',
    refetchOnWindowFocus: false,
  });
  const fresh = evaluation.isFetchedAfterMount && !evaluation.isFetching;
  // The editor keeps the copy it opened on; later refetches (back online…) do not remount it.
  // A reload after a conflict starts a fresh editor on what the server holds then.
  const [opened, setOpened] = useState<EvaluationDetail | null>(null);
  useEffect(() => {
    if (fresh && evaluation.data && !opened) setOpened(evaluation.data);
  }, [fresh, evaluation.data, opened]);
  useDocumentTitle(
    `${evaluation.data?.instrument?.title ?? t('evaluations.page.title')} · ${t('app.name')}`,
  );
  const data = evaluation.data;
  const booklet = useBookletBehind(data?.candidateId ?? '', data?.instrument?.kind).data;
  const evidence = useBookletEvidence(data);
  const reload = async (discard: () => void) => {
    discard();
    setOpened(null);
    await evaluation.refetch();
  };
  const submitted = async () => {
    await queryClient.invalidateQueries({ queryKey: CANDIDATES_KEY });
    await queryClient.invalidateQueries({ queryKey: evaluationQuery(evaluationId).queryKey });
  };
  return (
    <EvidenceProvider value={evidence}>
      <Stack gap="lg" data-testid="evaluation-page">
        {evaluation.isPending || (data?.canEdit && !opened) ? <Loading /> : null}
        {evaluation.isError ? <PageLoadError error={evaluation.error} /> : null}
        {data ? <EvaluationHeader evaluation={data} /> : null}
        {booklet ? <BookletForJury booklet={booklet} /> : null}
        {data?.canEdit && opened?.instrument ? (
          <EvaluationEditor
            key={`${opened.id}:${opened.revision}`}
            evaluation={{ ...opened, instrument: opened.instrument }}
            onReload={(discard) => void reload(discard)}
            onSubmitted={submitted}
            candidateAnswers={booklet?.responses}
          />
        ) : null}
        {data && !data.canEdit && !data.instrument ? <ResultsOnly evaluation={data} /> : null}
        {data && !data.canEdit && data.instrument ? (
          <>
            <EvaluationItems
              evaluationId={data.id}
              instrument={data.instrument}
              items={data.items}
              readOnly
              onValue={noop}
              onComment={noop}
              candidateAnswers={booklet?.responses}
            />
            {data.comment ? (
              <Textarea
                label={t('evaluations.fields.comment')}
                value={data.comment}
                readOnly
                autosize
              />
            ) : null}
          </>
        ) : null}
      </Stack>
    </EvidenceProvider>
  );
}
