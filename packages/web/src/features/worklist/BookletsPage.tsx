import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { CandidateStateBadge } from '../candidates/CandidateBadges.tsx';
import { candidateName } from '../candidates/candidateList.ts';
import { PATHS } from '../candidates/candidateRouteIds.ts';
import { useFormatDay } from '../candidates/useFormatDay.ts';
import type { SectionKey } from '../home/sections.ts';
import { spaceParams } from '../home/spaces.ts';
import { WorklistFrame } from './WorklistFrame.tsx';

/**
 * The follow-up booklets (livret de suivi, seed 000 slide 3) of the space's candidates: how
 * far each is kept — its entries, the evaluations submitted — and the way into it.
 */
export function BookletsPage({ section }: { section: SectionKey }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  return (
    <WorklistFrame section={section}>
      {(list, space) =>
        list.length === 0 ? (
          <Text>{t('worklist.booklets.empty')}</Text>
        ) : (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" data-testid="booklets">
            {list.map((candidate) => {
              const name = candidateName(candidate);
              const submitted = candidate.evaluations.filter(
                (e) => e.status === 'submitted',
              ).length;
              return (
                <Card withBorder key={candidate.id} data-testid="booklet-card">
                  <Stack gap="xs">
                    <Group justify="space-between" align="flex-start">
                      <Title order={2} size="h4">
                        {name}
                      </Title>
                      <CandidateStateBadge state={candidate.status} />
                    </Group>
                    <Text size="sm">{candidate.projectTitle}</Text>
                    <Text>
                      {candidate.bookletEntries > 0
                        ? `${t('worklist.booklets.entries', { count: candidate.bookletEntries })}, ${t(
                            'worklist.booklets.last',
                            { date: formatDay(candidate.lastBookletEntry ?? '') },
                          )}`
                        : t('worklist.booklets.noEntry')}
                    </Text>
                    <Text>{t('worklist.booklets.evaluations', { count: submitted })}</Text>
                    <Button
                      w="fit-content"
                      aria-label={t('worklist.booklets.openNamed', { name })}
                      renderRoot={(props) => (
                        <Link
                          to={PATHS.booklet}
                          params={{ ...spaceParams(space), candidateId: candidate.id }}
                          {...props}
                        />
                      )}
                    >
                      {t('worklist.booklets.open')}
                    </Button>
                  </Stack>
                </Card>
              );
            })}
          </SimpleGrid>
        )
      }
    </WorklistFrame>
  );
}
