import { Anchor, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { StateBadge } from '../../ui/StateBadge.tsx';
import { wholeBadge } from '../candidates/CandidateBadges.tsx';
import { useFormatDay } from '../candidates/useFormatDay.ts';
import { spaceParams } from '../home/spaces.ts';
import { gridParts } from '../worklist/juryLists.ts';
import { SectionFrame } from '../worklist/SectionFrame.tsx';
import { SubSection } from '../worklist/SubSection.tsx';
import { type MemberGrid, memberGridsQuery } from '../worklist/sectionsApi.ts';
import { useSpace } from '../worklist/WorklistFrame.tsx';
import { JURY_PATHS } from './juryRouteIds.ts';

/** Where the member acts on a grid: their draft or filled grid, else the deliberation to open it. */
function GridLink({ grid }: { grid: MemberGrid }) {
  const { t } = useTranslation();
  const space = useSpace();
  const open = grid.status === 'to_fill' || grid.status === 'in_progress';
  const words = { name: grid.candidate.name };
  const label = open ? t('worklist.memberGrids.fill') : t('worklist.memberGrids.view');
  const aria = open
    ? t('worklist.memberGrids.fillNamed', words)
    : t('worklist.memberGrids.viewNamed', words);
  if (grid.evaluationId && grid.status !== 'to_fill')
    return (
      <Button
        variant={open ? 'filled' : 'outline'}
        aria-label={aria}
        renderRoot={(props) => (
          <Link
            to={JURY_PATHS.evaluation}
            params={{ ...spaceParams(space), evaluationId: grid.evaluationId as string }}
            {...props}
          />
        )}
      >
        {label}
      </Button>
    );
  return (
    <Button
      variant={open ? 'filled' : 'outline'}
      aria-label={aria}
      renderRoot={(props) => (
        <Link
          to={JURY_PATHS.deliberation}
          params={{ ...spaceParams(space), seatId: grid.seatId }}
          {...props}
        />
      )}
    >
      {label}
    </Button>
  );
}

function Line({ grid }: { grid: MemberGrid }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const space = useSpace();
  return (
    <Paper withBorder p="sm" data-testid="member-grid">
      <Group justify="space-between" align="center">
        <Stack gap={2}>
          <Anchor
            fw={600}
            renderRoot={(props) => (
              <Link
                to={JURY_PATHS.deliberation}
                params={{ ...spaceParams(space), seatId: grid.seatId }}
                {...props}
              />
            )}
          >
            {grid.candidate.name}
          </Anchor>
          <Text size="sm">
            {t('worklist.deliberations.session', {
              company: grid.candidate.company,
              date: formatDay(grid.session.date),
              time: grid.slotStart ?? grid.session.startTime,
            })}
          </Text>
          <Group gap="xs">
            <StateBadge kind="memberGrid" state={grid.status}>
              {t(`worklist.memberGrids.statuses.${grid.status}`)}
            </StateBadge>
            {grid.presides ? (
              <Badge variant="outline" color="blue.9" styles={wholeBadge}>
                {t('worklist.memberGrids.presides')}
              </Badge>
            ) : null}
          </Group>
        </Stack>
        <GridLink grid={grid} />
      </Group>
    </Paper>
  );
}

/** The jury member's grids (issue 16): every candidate they grade, to fill, filled, signed. */
export function MemberGridsPage() {
  const { t } = useTranslation();
  const list = useQuery({ ...memberGridsQuery, staleTime: 0 });
  return (
    <SectionFrame section="evaluationGrids" query={list}>
      {(grids) =>
        gridParts(grids).map(({ part, grids: inPart }) => (
          <SubSection
            key={part}
            title={t(`worklist.memberGrids.parts.${part}`, { count: inPart.length })}
            empty={t(`worklist.memberGrids.empty.${part}`)}
            count={inPart.length}
            testId={`member-grids-${part}`}
          >
            <Stack gap="xs">
              {inPart.map((g) => (
                <Line key={g.seatId} grid={g} />
              ))}
            </Stack>
          </SubSection>
        ))
      }
    </SectionFrame>
  );
}
