import { Stack, Text, Title } from '@mantine/core';
import { useRouteContext } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PendingInvitations } from '../team/PendingInvitations.tsx';

/** Signed in, but no organisation has given this person a role yet. */
export function NoSpacePage() {
  const { t } = useTranslation();
  const { me } = useRouteContext({ from: '/_authenticated/' });
  return (
    <Stack gap="md" maw={720} data-testid="home-no-space">
      <Title order={1}>{t('home.greeting', { name: me.displayName })}</Title>
      <Text>{t('space.none')}</Text>
      <PendingInvitations />
    </Stack>
  );
}
