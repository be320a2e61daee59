import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { StateBadge } from '../../ui/StateBadge.tsx';
import type { Membership } from '../auth/me.ts';
import { useFormatDay } from '../candidates/useFormatDay.ts';
import type { EvaluationSummary } from '../evaluations/evaluationsApi.ts';
import { spaceParams } from '../home/spaces.ts';
import { toTake } from './assignChoices.ts';
import { formatCountdown } from './countdown.ts';
import { takeQuery } from './onlineApi.ts';
import { TAKE_PATH } from './onlineRouteIds.ts';

/** What a card needs of an evaluation: a line of the file's evaluations or of a list. */
type Taken = Pick<EvaluationSummary, 'id' | 'instrument' | 'date' | 'status'>;

function QuestionnaireCard({ evaluation, space }: { evaluation: Taken; space: Membership }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  // The candidate may not read instruments: the take view, or the list, names the questionnaire.
  const view = useQuery(takeQuery(evaluation.id));
  const title = view.data?.questionnaire.title ?? evaluation.instrument.title;
  const started = evaluation.status === 'in_progress';
  const minutes = view.data?.questionnaire.minutes;
  const questions = view.data?.questionnaire.sections.reduce((n, s) => n + s.items.length, 0);
  return (
    <Card withBorder padding="md" data-testid="online-card" data-evaluation={evaluation.id}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={3} size="h4">
            {title}
          </Title>
          <StateBadge
            kind="evaluation"
            state={started ? 'in_progress' : 'assigned'}
            data-testid="online-card-status"
          >
            {t(`online.cards.${started ? 'in_progress' : 'assigned'}`)}
          </StateBadge>
        </Group>
        <Text size="sm">{t('online.cards.assignedOn', { date: formatDay(evaluation.date) })}</Text>
        {questions ? (
          <Text size="sm">{t('online.cards.questions', { count: questions })}</Text>
        ) : null}
        <Text size="sm">
          {started && view.data?.secondsLeft != null
            ? t('online.cards.left', { time: formatCountdown(view.data.secondsLeft) })
            : minutes
              ? t('online.cards.minutes', { count: minutes })
              : view.data
                ? t('online.cards.untimed')
                : null}
        </Text>
        <Button
          w="fit-content"
          aria-label={t(started ? 'online.cards.resumeNamed' : 'online.cards.startNamed', {
            title,
          })}
          renderRoot={(props) => (
            <Link
              to={TAKE_PATH}
              params={{ ...spaceParams(space), evaluationId: evaluation.id }}
              {...props}
            />
          )}
          data-testid="online-card-open"
        >
          {t(started ? 'online.cards.resume' : 'online.cards.start')}
        </Button>
      </Stack>
    </Card>
  );
}

/** The candidate's questionnaires to take or to finish, one card each, on their file. */
export function QuestionnaireCards({
  evaluations,
  space,
  title,
}: {
  evaluations: readonly Taken[];
  space: Membership;
  /** The heading, when not the file's "Questionnaires à passer"; null: the page has one. */
  title?: string | null;
}) {
  const { t } = useTranslation();
  const open = toTake(evaluations);
  if (open.length === 0) return null;
  return (
    <Stack gap="sm" data-testid="online-cards">
      {title === null ? null : (
        <Title order={2} size="h3">
          {title ?? t('online.cards.title')}
        </Title>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        {open.map((e) => (
          <QuestionnaireCard key={e.id} evaluation={e} space={space} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
