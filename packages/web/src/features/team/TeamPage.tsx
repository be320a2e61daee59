import { Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useRouteContext } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { TeamPanel } from './TeamPanel.tsx';

/** The company pilot's team: the people of their company and who they have invited. */
export function TeamPage() {
  const { t } = useTranslation();
  const { membership } = useRouteContext({ from: '/_authenticated/espace/$organisationId/$role' });
  const title = t('sections.team.title');
  useDocumentTitle(`${title} · ${t('app.name')}`);
  return (
    <Stack gap="lg" data-testid="team-page">
      <Stack gap={4}>
        <Title order={1}>{title}</Title>
        <Text>{t('sections.team.description')}</Text>
        <Text fw={600}>{membership.organisationName}</Text>
      </Stack>
      <TeamPanel organisationId={membership.organisationId} actor={membership.role} />
    </Stack>
  );
}
