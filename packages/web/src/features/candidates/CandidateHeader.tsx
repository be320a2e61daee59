import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Membership } from '../auth/me.ts';
import { spaceParams } from '../home/spaces.ts';
import { CandidateStateBadge } from './CandidateBadges.tsx';
import { candidateName } from './candidateList.ts';
import { PATHS } from './candidateRouteIds.ts';
import type { CandidateFile } from './candidatesApi.ts';

export type CandidateTab = 'file' | 'positioning' | 'booklet';

const tabPaths = {
  file: PATHS.candidate,
  positioning: PATHS.positioning,
  booklet: PATHS.booklet,
} as const;

/** The candidate's name, project and state, and the three pages of their file. */
export function CandidateHeader({
  file,
  space,
  current,
}: {
  file: CandidateFile;
  space: Membership;
  current: CandidateTab;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Stack gap={4}>
        <Group gap="sm">
          <Title order={1} data-testid="candidate-name">
            {candidateName(file.candidate)}
          </Title>
          <CandidateStateBadge state={file.status} />
        </Group>
        <Text>{file.projectTitle}</Text>
      </Stack>
      <nav aria-label={t('candidates.tabs.label')}>
        <Group gap="xs">
          {(Object.keys(tabPaths) as CandidateTab[]).map((tab) => (
            <Button
              key={tab}
              variant={tab === current ? 'filled' : 'default'}
              aria-current={tab === current ? 'page' : undefined}
              renderRoot={(props) => (
                <Link
                  to={tabPaths[tab]}
                  params={{ ...spaceParams(space), candidateId: file.id }}
                  {...props}
                />
              )}
              data-testid={`tab-${tab}`}
            >
              {t(`candidates.tabs.${tab}`)}
            </Button>
          ))}
        </Group>
      </nav>
    </Stack>
  );
}
