import type { CompetencePosition } from '@certeval/core/candidates/positioning';
import { Alert, Anchor, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { spaceParams } from '../home/spaces.ts';
import { Loading, PageLoadError } from '../referential/LoadState.tsx';
import { versionQuery } from '../referential/referentialApi.ts';
import { CandidateHeader } from './CandidateHeader.tsx';
import { candidateName } from './candidateList.ts';
import { PATHS, POSITIONING_ROUTE_ID } from './candidateRouteIds.ts';
import { candidateQuery, positioningQuery } from './candidatesApi.ts';
import { PlanEditor } from './PlanEditor.tsx';
import {
  type DomainGroup,
  GAP_BANDS,
  GAP_COLOURS,
  gapBand,
  groupByDomain,
  planBasis,
} from './positioningModel.ts';

const route = getRouteApi(POSITIONING_ROUTE_ID);

function CompetenceRow({ c }: { c: CompetencePosition }) {
  const { t } = useTranslation();
  const score = (value: number | null, none: string) =>
    value === null ? none : t('evaluations.item.percent', { value });
  const band = gapBand(c.gap);
  return (
    <Table.Tr data-testid={`position-${c.competence}`}>
      <Table.Th scope="row" fw={500}>
        <Text span fw={700} mr={6}>
          {c.competence}
        </Text>
        {c.label}
      </Table.Th>
      <Table.Td>{score(c.score, t('candidates.positioning.notObserved'))}</Table.Td>
      <Table.Td>{score(c.target, '')}</Table.Td>
      <Table.Td data-band={band}>
        <Badge color={GAP_COLOURS[band]} variant="light" radius="sm" tt="none" size="lg">
          {c.gap > 0
            ? t('candidates.positioning.gapValue', { value: c.gap })
            : t('candidates.positioning.reached')}
        </Badge>
      </Table.Td>
    </Table.Tr>
  );
}

/** What each colour of the gaps says. */
function GapLegend() {
  const { t } = useTranslation();
  return (
    <Group
      gap="xs"
      component="ul"
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      data-testid="gap-legend"
    >
      <Text component="li" size="sm" fw={600}>
        {t('candidates.positioning.legend.title')}
      </Text>
      {GAP_BANDS.map((band) => (
        <li key={band}>
          <Badge color={GAP_COLOURS[band]} variant="light" radius="sm" tt="none">
            {t(`candidates.positioning.legend.${band}`)}
          </Badge>
        </li>
      ))}
    </Group>
  );
}

/** Per competence, the score and the gap to the required level, one table per domain. */
function CompetenceTables({ groups }: { groups: DomainGroup[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" data-testid="positioning-table">
      <GapLegend />
      {groups.map((group) => (
        <Table.ScrollContainer minWidth={560} key={group.domain ?? '-'}>
          <Table verticalSpacing="xs" striped captionSide="top">
            <Table.Caption>
              {group.domain
                ? t('candidates.positioning.domain', {
                    code: group.domain,
                    label: group.label ?? group.domain,
                  })
                : t('candidates.positioning.noDomain')}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('candidates.plan.competence')}</Table.Th>
                <Table.Th scope="col">{t('candidates.positioning.score')}</Table.Th>
                <Table.Th scope="col">{t('candidates.positioning.target')}</Table.Th>
                <Table.Th scope="col">{t('candidates.positioning.gap')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {group.competences.map((c) => (
                <CompetenceRow key={c.competence} c={c} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ))}
    </Stack>
  );
}

/** The candidate's positioning on the tutor grid and the training plan it suggests. */
export function PositioningPage() {
  const { t } = useTranslation();
  const { candidateId } = route.useParams();
  const { membership } = route.useRouteContext();
  const queryClient = useQueryClient();
  const file = useQuery(candidateQuery(candidateId));
  const result = useQuery(positioningQuery(candidateId));
  const referential = useQuery({
    ...versionQuery(file.data?.certification ?? '', file.data?.referentialVersion ?? ''),
    enabled: file.data !== undefined,
  });
  const name = file.data ? candidateName(file.data.candidate) : '';
  useDocumentTitle(`${t('candidates.positioning.title', { name })} · ${t('app.name')}`);
  const domains = (referential.data?.version.nodes ?? [])
    .filter((n) => n.type === 'domain')
    .map((n) => ({ code: n.code, label: n.label }));
  const data = result.data;
  const positioning = data?.positioning;
  const basis = data ? planBasis(data) : null;
  const error = file.error ?? result.error;
  return (
    <Stack gap="lg" data-testid="positioning-page">
      {file.data ? (
        <CandidateHeader file={file.data} space={membership} current="positioning" />
      ) : null}
      {file.isPending || result.isPending || referential.isPending ? <Loading /> : null}
      {error ? <PageLoadError error={error} /> : null}
      {data && !positioning ? (
        <Text data-testid="positioning-none">{t('candidates.positioning.none')}</Text>
      ) : null}
      {positioning && data?.evaluationId && !referential.isPending ? (
        <Stack gap="sm">
          <Title order={2} size="h3">
            {t('candidates.positioning.scores')}
          </Title>
          {data.evaluationStatus !== 'submitted' ? (
            <Alert color="blue" variant="outline" data-testid="positioning-draft">
              {t('candidates.positioning.draft')}
            </Alert>
          ) : null}
          <Anchor
            w="fit-content"
            renderRoot={(props) => (
              <Link
                to={PATHS.evaluation}
                params={{ ...spaceParams(membership), evaluationId: data.evaluationId ?? '' }}
                {...props}
              />
            )}
          >
            {t('candidates.positioning.openEvaluation')}
          </Anchor>
          <Text size="sm">
            {t('candidates.positioning.targetHelp', { target: positioning.target })}
          </Text>
          <CompetenceTables groups={groupByDomain(positioning.competences, domains)} />
        </Stack>
      ) : null}
      {basis && file.data && (positioning || data?.plan) && !referential.isPending ? (
        <PlanEditor
          key={`${basis.revision}:${basis.suggested}`}
          candidateId={candidateId}
          basis={basis}
          editable={file.data.can.position}
          onSaved={() =>
            queryClient.invalidateQueries({ queryKey: positioningQuery(candidateId).queryKey })
          }
          onReload={() => void result.refetch()}
        />
      ) : null}
    </Stack>
  );
}
