import { Anchor, Badge, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { wholeBadge } from '../candidates/CandidateBadges.tsx';
import { candidateName } from '../candidates/candidateList.ts';
import { PATHS } from '../candidates/candidateRouteIds.ts';
import { spaceParams } from '../home/spaces.ts';
import { WorklistFrame } from './WorklistFrame.tsx';
import { groupsOf } from './worklistModel.ts';

/** The trainer's groups (issue 16): each project's candidates, by stage of their pathway. */
export function GroupsPage() {
  const { t } = useTranslation();
  return (
    <WorklistFrame section="myGroups">
      {(list, space) => {
        const groups = groupsOf(list);
        if (groups.length === 0) return <Text>{t('worklist.groups.empty')}</Text>;
        return groups.map((group) => (
          <Stack gap="sm" key={group.projectId} component="section" data-testid="group">
            <Group justify="space-between" align="flex-end">
              <Stack gap={0}>
                <Title order={2} size="h3">
                  {group.projectTitle}
                </Title>
                <Text>{t('worklist.groups.company', { name: group.organisationName })}</Text>
              </Stack>
              <Badge variant="outline" color="gray.8" styles={wholeBadge}>
                {t('worklist.groups.count', { count: group.count })}
              </Badge>
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
              {group.stages.map((stage) => (
                <Card withBorder key={stage.state} data-testid={`group-stage-${stage.state}`}>
                  <Title order={3} size="h5">
                    {t('worklist.groups.stage', {
                      state: t(`candidates.states.${stage.state}`),
                      count: stage.candidates.length,
                    })}
                  </Title>
                  <List mt="xs" spacing={4}>
                    {stage.candidates.map((c) => (
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
                          {candidateName(c)}
                        </Anchor>
                      </List.Item>
                    ))}
                  </List>
                </Card>
              ))}
            </SimpleGrid>
          </Stack>
        ));
      }}
    </WorklistFrame>
  );
}
