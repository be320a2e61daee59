import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link, useRouteContext } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Membership } from '../auth/me.ts';
import { PendingInvitations } from '../team/PendingInvitations.tsx';
import { type SectionKey, sectionSlug, sectionsByRole } from './sections.ts';
import { spaceParams } from './spaces.ts';
import { useSpaceName } from './useSpaceName.ts';

function SectionCard({ space, section }: { space: Membership; section: SectionKey }) {
  const { t } = useTranslation();
  return (
    <Card
      renderRoot={(props) => (
        <Link
          to="/espace/$organisationId/$role/$section"
          params={{ ...spaceParams(space), section: sectionSlug(section) }}
          {...props}
        />
      )}
      withBorder
      padding="lg"
      data-testid={`card-${sectionSlug(section)}`}
    >
      <Stack gap="xs">
        <Title order={3} size="h4">
          {t(`sections.${section}.title`)}
        </Title>
        <Text size="sm" c="dimmed">
          {t(`sections.${section}.description`)}
        </Text>
      </Stack>
    </Card>
  );
}

/** The home of a space: who you are here, and the sections of your role as cards. */
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
      <Title order={2} size="h3">
        {t('home.sectionsTitle')}
      </Title>
      <SimpleGrid cols={{ base: 1, md: 2, lg: 3 }} spacing="md">
        {sectionsByRole[membership.role].map((section) => (
          <SectionCard key={section} space={membership} section={section} />
        ))}
      </SimpleGrid>
    </Stack>
  );
}
