import { Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dictionary } from '../../i18n/fr.ts';
import { StateBadge } from '../../ui/StateBadge.tsx';
import type { Membership } from '../auth/me.ts';
import { candidateName } from '../candidates/candidateList.ts';
import { PATHS } from '../candidates/candidateRouteIds.ts';
import { useFormatDay } from '../candidates/useFormatDay.ts';
import { spaceParams } from '../home/spaces.ts';
import { AssignOnline } from '../online/AssignOnlineForm.tsx';
import { DomainResults } from './DomainResults.tsx';
import { SubSection } from './SubSection.tsx';
import { WorklistFrame } from './WorklistFrame.tsx';
import { type ListedCandidate, worklistQuery } from './worklistApi.ts';
import { type QuestionnaireLine, questionnairesOf } from './worklistModel.ts';

type OnlineStatus = keyof Dictionary['worklist']['questionnaires']['statuses'];

/** Trainees a questionnaire may be given to: on the training pathway, their file open. */
const assignable = (list: readonly ListedCandidate[]) =>
  list.filter(
    (c) =>
      c.accessRoute !== 'vae' && !['ready_for_jury', 'decided', 'withdrawn'].includes(c.status),
  );

function AssignPanel({ space, list }: { space: Membership; list: ListedCandidate[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const trainees = assignable(list);
  const [chosen, setChosen] = useState('');
  const target = trainees.find((c) => c.id === chosen) ?? trainees[0];
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="assign-title">
      <Stack gap="sm">
        <Title order={2} size="h3" id="assign-title">
          {t('worklist.questionnaires.assignTitle')}
        </Title>
        {target ? (
          <>
            <NativeSelect
              label={t('worklist.questionnaires.candidate')}
              value={target.id}
              onChange={(e) => setChosen(e.currentTarget.value)}
              data={trainees.map((c) => ({ value: c.id, label: candidateName(c) }))}
              maw={360}
              data-testid="assign-candidate"
            />
            <AssignOnline
              key={target.id}
              file={target}
              onAssigned={() =>
                queryClient.invalidateQueries({ queryKey: worklistQuery(space).queryKey })
              }
            />
          </>
        ) : (
          <Text>{t('worklist.questionnaires.noTrainee')}</Text>
        )}
      </Stack>
    </Paper>
  );
}

function Lines({
  space,
  lines,
  mark,
}: {
  space: Membership;
  lines: QuestionnaireLine[];
  mark?: boolean;
}) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  return (
    <Stack gap="xs">
      {lines.map(({ candidate, evaluation }) => {
        const words = { title: evaluation.instrument.title, name: candidateName(candidate) };
        return (
          <Paper withBorder p="sm" key={evaluation.id} data-testid="questionnaire-line">
            <Group justify="space-between" align="center">
              <Stack gap={2}>
                <Text fw={600}>{t('worklist.questionnaires.of', words)}</Text>
                <Text size="sm">
                  {t(`evaluations.kinds.${evaluation.kind}`)} ·{' '}
                  {t('worklist.questionnaires.givenOn', { date: formatDay(evaluation.date) })}
                </Text>
                {evaluation.domains.length > 0 ? (
                  <DomainResults candidate={candidate} domains={evaluation.domains} />
                ) : null}
              </Stack>
              {mark ? (
                <Button
                  aria-label={t('worklist.questionnaires.markNamed', words)}
                  renderRoot={(props) => (
                    <Link
                      to={PATHS.evaluation}
                      params={{ ...spaceParams(space), evaluationId: evaluation.id }}
                      {...props}
                    />
                  )}
                >
                  {t('worklist.questionnaires.mark')}
                </Button>
              ) : (
                <StateBadge kind="evaluation" state={evaluation.status as OnlineStatus}>
                  {t(`worklist.questionnaires.statuses.${evaluation.status as OnlineStatus}`)}
                </StateBadge>
              )}
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}

/** The trainer's questionnaires (issue 16): give one to take online, follow, mark. */
export function QuestionnairesPage() {
  const { t } = useTranslation();
  return (
    <WorklistFrame section="questionnaires">
      {(list, space) => {
        const { toTake, inProgress, toMark, done } = questionnairesOf(list);
        const waiting = [...inProgress, ...toTake];
        return (
          <>
            <AssignPanel space={space} list={list} />
            <SubSection
              title={t('worklist.questionnaires.toMark')}
              empty={t('worklist.questionnaires.toMarkEmpty')}
              count={toMark.length}
              testId="questionnaires-to-mark"
            >
              <Lines space={space} lines={toMark} mark />
            </SubSection>
            <SubSection
              title={t('worklist.questionnaires.waiting')}
              empty={t('worklist.questionnaires.waitingEmpty')}
              count={waiting.length}
              testId="questionnaires-waiting"
            >
              <Lines space={space} lines={waiting} />
            </SubSection>
            <SubSection
              title={t('worklist.questionnaires.done')}
              empty={t('worklist.questionnaires.doneEmpty')}
              count={done.length}
              testId="questionnaires-done"
            >
              <Lines space={space} lines={done} />
            </SubSection>
          </>
        );
      }}
    </WorklistFrame>
  );
}
