import { Anchor, Group, List, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useFormatDay } from '../candidates/useFormatDay.ts';
import { spaceParams } from '../home/spaces.ts';
import { deliberationsByState } from '../worklist/juryLists.ts';
import { SectionFrame } from '../worklist/SectionFrame.tsx';
import { SubSection } from '../worklist/SubSection.tsx';
import { deliberationsQuery, type ListedDeliberation } from '../worklist/sectionsApi.ts';
import { useBlockerText } from '../worklist/useBlockerText.ts';
import { useSpace } from '../worklist/WorklistFrame.tsx';
import { JURY_PATHS } from './juryRouteIds.ts';

function Line({ seat }: { seat: ListedDeliberation }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const blocker = useBlockerText();
  const space = useSpace();
  return (
    <Paper withBorder p="sm" data-testid="deliberation-line">
      <Stack gap={4}>
        <Group justify="space-between" align="baseline" gap="xs">
          <Anchor
            fw={600}
            renderRoot={(props) => (
              <Link
                to={JURY_PATHS.deliberation}
                params={{ ...spaceParams(space), seatId: seat.id }}
                {...props}
              />
            )}
          >
            {seat.candidate.name}
          </Anchor>
          <Text size="sm">
            {t('worklist.deliberations.gridsIn', { count: seat.gridsIn, total: seat.graders })}
          </Text>
        </Group>
        <Text size="sm">
          {t('worklist.deliberations.session', {
            company: seat.candidate.company,
            date: formatDay(seat.session.date),
            time: seat.slotStart ?? seat.session.startTime,
          })}
          {seat.president
            ? ` · ${t('worklist.deliberations.president', { name: seat.president })}`
            : ''}
        </Text>
        {seat.blockers.length === 0 ? (
          <Text size="sm" c="green.9">
            {t('worklist.deliberations.nothingLeft')}
          </Text>
        ) : (
          <List size="sm" spacing={2} data-testid="deliberation-blockers">
            {seat.blockers.map((b) => (
              <List.Item key={b.code}>{blocker(b)}</List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Paper>
  );
}

/**
 * The certifier's deliberations (issue 16): every candidate of their sessions, by state, each
 * with what holds it up and who must act.
 */
export function DeliberationsPage() {
  const { t } = useTranslation();
  const list = useQuery({ ...deliberationsQuery, staleTime: 0 });
  return (
    <SectionFrame section="deliberations" query={list}>
      {(seats) =>
        seats.length === 0 ? (
          <Text>{t('worklist.deliberations.empty')}</Text>
        ) : (
          deliberationsByState(seats).map(({ status, seats: inState }) => (
            <SubSection
              key={status}
              title={t('worklist.deliberations.state', {
                state: t(`jury.statuses.${status}`),
                count: inState.length,
              })}
              empty=""
              count={inState.length}
              testId={`deliberations-${status}`}
            >
              <Stack gap="xs">
                {inState.map((seat) => (
                  <Line key={seat.id} seat={seat} />
                ))}
              </Stack>
            </SubSection>
          ))
        )
      }
    </SectionFrame>
  );
}
