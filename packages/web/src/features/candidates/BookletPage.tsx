import type { EvaluationStatus } from '@certeval/core/worklist/evaluatorTasks';
import { Anchor, Badge, Group, Stack, Text, Timeline, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { StateBadge } from '../../ui/StateBadge.tsx';
import type { Membership } from '../auth/me.ts';
import { spaceParams } from '../home/spaces.ts';
import { Loading, PageLoadError } from '../referential/LoadState.tsx';
import { versionQuery } from '../referential/referentialApi.ts';
import { BookletEntryForm } from './BookletEntryForm.tsx';
import { CandidateHeader } from './CandidateHeader.tsx';
import { candidateName } from './candidateList.ts';
import { BOOKLET_ROUTE_ID, PATHS } from './candidateRouteIds.ts';
import { type Booklet, bookletQuery, candidateQuery } from './candidatesApi.ts';
import { ProgressChart } from './ProgressChart.tsx';
import { useFormatDay } from './useFormatDay.ts';

const route = getRouteApi(BOOKLET_ROUTE_ID);

type Event = Booklet['timeline'][number];

function EventTitle({ event, space }: { event: Event; space: Membership }) {
  if (event.type === 'entry') return <>{event.title}</>;
  return (
    <Anchor
      renderRoot={(props) => (
        <Link
          to={PATHS.evaluation}
          params={{ ...spaceParams(space), evaluationId: event.id }}
          {...props}
        />
      )}
    >
      {event.title}
    </Anchor>
  );
}

function EventDetails({ event }: { event: Event }) {
  const { t } = useTranslation();
  if (event.type === 'entry')
    return (
      <Stack gap={2}>
        {event.body ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {event.body}
          </Text>
        ) : null}
        <Text size="xs" c="dimmed">
          {[
            event.author,
            event.durationHours === null
              ? null
              : t('candidates.booklet.duration', { count: event.durationHours }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      </Stack>
    );
  return (
    <Group gap={6}>
      <Badge variant="outline">{t(`evaluations.kinds.${event.kind}`)}</Badge>
      <StateBadge kind="evaluation" state={event.status as EvaluationStatus}>
        {t(`evaluations.statuses.${event.status as 'draft'}`)}
      </StateBadge>
      <Text size="xs" c="dimmed">
        {t('evaluations.list.by', {
          name: event.author,
          role: t(`evaluations.roles.${event.role as 'tutor'}`),
        })}{' '}
        · {t('candidates.booklet.rated', { rated: event.rated, total: event.total })}
      </Text>
    </Group>
  );
}

/** Evaluations, training sessions, notes and committees, newest first. */
function BookletTimeline({
  timeline,
  space,
}: {
  timeline: Booklet['timeline'];
  space: Membership;
}) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  return (
    <Stack gap="sm">
      <Title order={2} size="h3">
        {t('candidates.booklet.timeline')}
      </Title>
      {timeline.length === 0 ? <Text>{t('candidates.booklet.emptyTimeline')}</Text> : null}
      <Timeline bulletSize={16} lineWidth={2} data-testid="booklet-timeline">
        {timeline.map((event) => (
          <Timeline.Item
            key={`${event.type}:${event.id}`}
            data-testid={`timeline-${event.type}`}
            title={
              <Group gap="xs">
                <Text size="sm" c="dimmed">
                  {formatDay(event.date)}
                </Text>
                <Text fw={600}>
                  {event.type === 'entry'
                    ? `${t(`candidates.booklet.kinds.${event.kind}`)} · `
                    : null}
                  <EventTitle event={event} space={space} />
                </Text>
              </Group>
            }
          >
            <EventDetails event={event} />
          </Timeline.Item>
        ))}
      </Timeline>
    </Stack>
  );
}

/** The follow-up booklet (livret de suivi): progress per domain, the timeline, a new entry. */
export function BookletPage() {
  const { t } = useTranslation();
  const { candidateId } = route.useParams();
  const { membership } = route.useRouteContext();
  const queryClient = useQueryClient();
  const file = useQuery(candidateQuery(candidateId));
  const booklet = useQuery(bookletQuery(candidateId));
  const referential = useQuery({
    ...versionQuery(file.data?.certification ?? '', file.data?.referentialVersion ?? ''),
    enabled: file.data !== undefined,
  });
  const name = file.data ? candidateName(file.data.candidate) : '';
  useDocumentTitle(`${t('candidates.booklet.title', { name })} · ${t('app.name')}`);
  const domains = (referential.data?.version.nodes ?? [])
    .filter((n) => n.type === 'domain')
    .map((n) => ({ code: n.code, label: n.label }));
  const error = file.error ?? booklet.error;
  return (
    <Stack gap="lg" data-testid="booklet-page">
      {file.data ? <CandidateHeader file={file.data} space={membership} current="booklet" /> : null}
      {file.isPending || booklet.isPending ? <Loading /> : null}
      {error ? <PageLoadError error={error} /> : null}
      {booklet.data ? <ProgressChart progress={booklet.data.progress} domains={domains} /> : null}
      {file.data?.can.writeBooklet ? (
        <BookletEntryForm
          candidateId={candidateId}
          onAdded={() =>
            queryClient.invalidateQueries({ queryKey: bookletQuery(candidateId).queryKey })
          }
        />
      ) : null}
      {booklet.data ? (
        <BookletTimeline timeline={booklet.data.timeline} space={membership} />
      ) : null}
    </Stack>
  );
}
