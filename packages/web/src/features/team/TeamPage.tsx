import { Stack, Text } from '@mantine/core';
import { useRouteContext } from '@tanstack/react-router';
import { SectionHeading } from '../home/SectionHeading.tsx';
import { TeamPanel } from './TeamPanel.tsx';

/** The company pilot's team: the people of their company and who they have invited. */
export function TeamPage() {
  const { membership } = useRouteContext({ from: '/_authenticated/espace/$organisationId/$role' });
  return (
    <Stack gap="lg" data-testid="team-page">
      <SectionHeading section="team">
        <Text fw={600}>{membership.organisationName}</Text>
      </SectionHeading>
      <TeamPanel organisationId={membership.organisationId} actor={membership.role} />
    </Stack>
  );
}
