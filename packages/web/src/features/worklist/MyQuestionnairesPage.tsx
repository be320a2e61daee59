import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatDay } from '../candidates/useFormatDay.ts';
import { QuestionnaireCards } from '../online/QuestionnaireCards.tsx';
import { DomainResults } from './DomainResults.tsx';
import { SubSection } from './SubSection.tsx';
import { WorklistFrame } from './WorklistFrame.tsx';
import { questionnairesOf } from './worklistModel.ts';

/**
 * The candidate's questionnaires (issue 16): to take or to finish (the cards of their file),
 * waiting for their trainer to mark the written answers, done with their results per domain.
 */
export function MyQuestionnairesPage() {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  return (
    <WorklistFrame section="myQuestionnaires">
      {(list, space) => {
        const { toTake, inProgress, toMark, done } = questionnairesOf(list);
        const open = [...inProgress, ...toTake].map((l) => l.evaluation);
        return (
          <>
            <SubSection
              title={t('worklist.mine.toTake')}
              empty={t('worklist.mine.toTakeEmpty')}
              count={open.length}
              testId="my-questionnaires-to-take"
            >
              <QuestionnaireCards evaluations={open} space={space} title={null} />
            </SubSection>
            {toMark.length > 0 ? (
              <SubSection
                title={t('worklist.mine.waiting')}
                empty=""
                count={toMark.length}
                testId="my-questionnaires-waiting"
              >
                <Text>{t('worklist.mine.waitingText')}</Text>
                {toMark.map(({ evaluation }) => (
                  <Text key={evaluation.id} fw={600}>
                    {evaluation.instrument.title}
                  </Text>
                ))}
              </SubSection>
            ) : null}
            <SubSection
              title={t('worklist.mine.done')}
              empty={t('worklist.mine.doneEmpty')}
              count={done.length}
              testId="my-questionnaires-done"
            >
              <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
                {done.map(({ candidate, evaluation }) => (
                  <Card withBorder key={evaluation.id} data-testid="my-questionnaire-done">
                    <Stack gap="xs">
                      <Title order={3} size="h4">
                        {evaluation.instrument.title}
                      </Title>
                      <Text size="sm">
                        {t('worklist.mine.finishedOn', {
                          date: formatDay((evaluation.submittedAt ?? evaluation.date).slice(0, 10)),
                        })}
                      </Text>
                      <DomainResults candidate={candidate} domains={evaluation.domains} />
                    </Stack>
                  </Card>
                ))}
              </SimpleGrid>
            </SubSection>
          </>
        );
      }}
    </WorklistFrame>
  );
}
