import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useRouteContext } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { spaceParams } from '../home/spaces.ts';
import { TeamPanel } from './TeamPanel.tsx';
import { peopleQuery } from './teamApi.ts';
import { ORGANISATION_PEOPLE_ROUTE_ID, TEAM_PATHS } from './teamRouteIds.ts';

/** One organisation seen by the certifier: its people, open invitations, inviting someone. */
export function OrganisationPeoplePage() {
  const { t } = useTranslation();
  const { membership } = useRouteContext({ from: '/_authenticated/espace/$organisationId/$role' });
  const { targetId } = useParams({ from: ORGANISATION_PEOPLE_ROUTE_ID });
  // Shares the panel's query: the name shows once the people are loaded.
  const people = useQuery(peopleQuery(targetId));
  const name = people.data?.organisation.name ?? t('sections.organisations.title');
  useDocumentTitle(`${name} · ${t('app.name')}`);
  return (
    <Stack gap="lg" data-testid="organisation-people-page">
      <Anchor
        renderRoot={(props) => (
          <Link to={TEAM_PATHS.organisations} params={spaceParams(membership)} {...props} />
        )}
        w="fit-content"
      >
        {t('team.organisations.back')}
      </Anchor>
      <Stack gap={4}>
        <Title order={1}>{name}</Title>
        {people.data ? (
          <Text>{t(`team.organisations.kinds.${people.data.organisation.kind}`)}</Text>
        ) : null}
      </Stack>
      <TeamPanel organisationId={targetId} actor={membership.role} />
    </Stack>
  );
}
