import { Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useRouteContext } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PendingInvitations } from '../team/PendingInvitations.tsx';
import { TodoList } from './TodoList.tsx';
import { useSpaceName } from './useSpaceName.ts';

/** The home of a space: who you are here, and what waits for you, as a to-do list (issue 16). */
export function RoleHome() {
  const { t } = useTranslation();
  const { me, membership } = useRouteContext({
    from: '/_authenticated/espace/$organisationId/$role',
  });
  const spaceName = useSpaceName();
  const greeting = t('home.greeting', { name: me.displayName });
  useDocumentTitle(`${greeting} · ${t('app.name')}`);

  return (
    <Stack gap="lg" data-testid={`home-${membership.role}`}>
      <Stack gap={4}>
        <Title order={1}>{greeting}</Title>
        <Text size="lg" data-testid="home-space">
          {spaceName(membership)}
        </Text>
      </Stack>
      {/* Issue 14, item 1: a role is added only when its owner accepts it, here. */}
      <PendingInvitations />
      <TodoList space={membership} />
    </Stack>
  );
}
