import type { CandidateState } from '@certeval/core/candidates/fileStates';
import { Anchor, Badge, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { wholeBadge } from '../candidates/CandidateBadges.tsx';
import { PATHS } from '../candidates/candidateRouteIds.ts';
import { spaceParams } from '../home/spaces.ts';
import { SectionFrame } from '../worklist/SectionFrame.tsx';
import { SubSection } from '../worklist/SubSection.tsx';
import { type Followed, tutorsQuery } from '../worklist/sectionsApi.ts';
import { useSpace } from '../worklist/WorklistFrame.tsx';
import { InviteForm } from './InviteForm.tsx';

function Candidates({ list }: { list: readonly Followed[] }) {
  const { t } = useTranslation();
  const space = useSpace();
  return (
    <List spacing={4}>
      {list.map((c) => (
        <List.Item key={c.id}>
          <Anchor
            renderRoot={(props) => (
              <Link
                to={PATHS.candidate}
                params={{ ...spaceParams(space), candidateId: c.id }}
                {...props}
              />
            )}
          >
            {c.name}
          </Anchor>{' '}
          <Text span size="sm">
            — {t(`candidates.states.${c.status as CandidateState}`)} · {c.projectTitle}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}

/**
 * The pilot's tutors (issue 16): who follows whom and how many, the candidates no tutor
 * follows yet (chosen on each file), and inviting a tutor.
 */
export function TutorsPage() {
  const { t } = useTranslation();
  const space = useSpace();
  const tutors = useQuery({ ...tutorsQuery(space.organisationId), staleTime: 0 });
  return (
    <SectionFrame section="tutors" query={tutors}>
      {(data) => (
        <>
          <SubSection
            title={t('worklist.tutors.title', { count: data.tutors.length })}
            empty={t('worklist.tutors.empty')}
            count={data.tutors.length}
            testId="tutors"
          >
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
              {data.tutors.map((tutor) => (
                <Card withBorder key={tutor.id} data-testid="tutor">
                  <Stack gap="xs">
                    <Group justify="space-between" align="flex-start">
                      <Stack gap={0}>
                        <Title order={3} size="h4">
                          {tutor.displayName}
                        </Title>
                        <Text size="sm">{tutor.email}</Text>
                      </Stack>
                      <Badge variant="outline" color="gray.8" styles={wholeBadge}>
                        {t('worklist.tutors.load', { count: tutor.load })}
                      </Badge>
                    </Group>
                    {tutor.candidates.length === 0 ? (
                      <Text size="sm">{t('worklist.tutors.nobody')}</Text>
                    ) : (
                      <Candidates list={tutor.candidates} />
                    )}
                  </Stack>
                </Card>
              ))}
            </SimpleGrid>
          </SubSection>
          <SubSection
            title={t('worklist.tutors.unassigned', { count: data.unassigned.length })}
            empty={t('worklist.tutors.unassignedEmpty')}
            count={data.unassigned.length}
            testId="tutors-unassigned"
          >
            <Text>{t('worklist.tutors.unassignedHint')}</Text>
            <Candidates list={data.unassigned} />
          </SubSection>
          <InviteForm
            organisationId={space.organisationId}
            kind="company"
            actor={space.role}
            only="tutor"
          />
        </>
      )}
    </SectionFrame>
  );
}
