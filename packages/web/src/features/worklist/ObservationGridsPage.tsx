import { Anchor, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ResponsiveTable } from '../../ui/ResponsiveTable.tsx';
import type { Membership } from '../auth/me.ts';
import { candidateName } from '../candidates/candidateList.ts';
import { PATHS } from '../candidates/candidateRouteIds.ts';
import { useFormatDay } from '../candidates/useFormatDay.ts';
import type { EvaluationKind } from '../evaluations/evaluationsApi.ts';
import { spaceParams } from '../home/spaces.ts';
import { SubSection } from './SubSection.tsx';
import { WorklistFrame } from './WorklistFrame.tsx';
import type { ListedCandidate } from './worklistApi.ts';
import { type GridDone, type GridTask, gridsOf } from './worklistModel.ts';

function FileLink({ space, candidate }: { space: Membership; candidate: ListedCandidate }) {
  const { t } = useTranslation();
  const name = candidateName(candidate);
  return (
    <Button
      variant="default"
      w="fit-content"
      renderRoot={(props) => (
        <Link
          to={PATHS.candidate}
          params={{ ...spaceParams(space), candidateId: candidate.id }}
          {...props}
        />
      )}
    >
      {t('worklist.openFile', { name })}
    </Button>
  );
}

function ToOpen({ space, tasks }: { space: Membership; tasks: GridTask[] }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      {tasks.map(({ candidate, task }) => (
        <Card withBorder key={`${candidate.id}-${task.type}`} data-testid="grid-to-open">
          <Stack gap="xs">
            <Text fw={600}>
              {t(`worklist.grids.${task.type === 'position' ? 'position' : 'final'}`, {
                name: candidateName(candidate),
              })}
            </Text>
            <Text size="sm">{t('worklist.grids.openHint')}</Text>
            <FileLink space={space} candidate={candidate} />
          </Stack>
        </Card>
      ))}
    </SimpleGrid>
  );
}

function Started({ space, tasks }: { space: Membership; tasks: GridTask[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      {tasks.map(({ candidate, task }) => {
        if (task.type !== 'finish') return null;
        const words = {
          kind: t(`evaluations.kinds.${task.kind as EvaluationKind}`),
          name: candidateName(candidate),
        };
        return (
          <Group key={task.evaluationId} justify="space-between" data-testid="grid-started">
            <Text>{t('worklist.grids.draft', words)}</Text>
            <Button
              aria-label={t('worklist.grids.continueNamed', words)}
              renderRoot={(props) => (
                <Link
                  to={PATHS.evaluation}
                  params={{ ...spaceParams(space), evaluationId: task.evaluationId }}
                  {...props}
                />
              )}
            >
              {t('worklist.grids.continue')}
            </Button>
          </Group>
        );
      })}
    </Stack>
  );
}

function Filled({ space, grids }: { space: Membership; grids: GridDone[] }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  return (
    <ResponsiveTable
      columns={[
        {
          key: 'candidate',
          header: t('worklist.grids.candidate'),
          cell: (g) => candidateName(g.candidate),
        },
        {
          key: 'kind',
          header: t('worklist.grids.kind'),
          cell: ({ evaluation }) => (
            <Anchor
              renderRoot={(props) => (
                <Link
                  to={PATHS.evaluation}
                  params={{ ...spaceParams(space), evaluationId: evaluation.id }}
                  {...props}
                />
              )}
            >
              {t(`evaluations.kinds.${evaluation.kind}`)}
            </Anchor>
          ),
        },
        {
          key: 'grid',
          header: t('worklist.grids.grid'),
          cell: (g) => g.evaluation.instrument.title,
        },
        {
          key: 'date',
          header: t('worklist.grids.date'),
          cell: (g) => formatDay(g.evaluation.date),
        },
      ]}
      rows={grids}
      rowKey={(g) => g.evaluation.id}
      caption={t('worklist.grids.caption')}
      minWidth={560}
      data-testid="grids-filled"
    />
  );
}

/** The tutor's observation grids (issue 16): to open, started, filled. */
export function ObservationGridsPage() {
  const { t } = useTranslation();
  return (
    <WorklistFrame section="observationGrids">
      {(list, space) => {
        const { toOpen, inProgress, filled } = gridsOf(list);
        return (
          <>
            <SubSection
              title={t('worklist.grids.toOpen')}
              empty={t('worklist.grids.toOpenEmpty')}
              count={toOpen.length}
              testId="grids-to-open"
            >
              <ToOpen space={space} tasks={toOpen} />
            </SubSection>
            <SubSection
              title={t('worklist.grids.inProgress')}
              empty={t('worklist.grids.inProgressEmpty')}
              count={inProgress.length}
              testId="grids-started"
            >
              <Started space={space} tasks={inProgress} />
            </SubSection>
            <SubSection
              title={t('worklist.grids.filled')}
              empty={t('worklist.grids.filledEmpty')}
              count={filled.length}
              testId="grids-done"
            >
              <Filled space={space} grids={filled} />
            </SubSection>
          </>
        );
      }}
    </WorklistFrame>
  );
}
