import { Anchor, Button, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useRouteContext } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { StateBadge } from '../../ui/StateBadge.tsx';
import { useFormatDay } from '../candidates/useFormatDay.ts';
import { SectionHeading } from '../home/SectionHeading.tsx';
import { spaceParams } from '../home/spaces.ts';
import { LoadError, Loading } from '../referential/LoadState.tsx';
import { useCertificationTitle } from '../referential/useCertificationTitle.ts';
import { sessionsQuery } from './juryApi.ts';
import { JURY_PATHS } from './juryRouteIds.ts';

/** The certifier's jury sessions, or the sessions a member sits on. */
export function SessionListPage() {
  const { t } = useTranslation();
  const certificationTitle = useCertificationTitle();
  const formatDay = useFormatDay();
  const { membership } = useRouteContext({ from: '/_authenticated/espace/$organisationId/$role' });
  const certifier = membership.role === 'certifier_admin';
  const section = certifier ? 'jurySessions' : 'myJurySessions';
  const sessions = useQuery(sessionsQuery);
  return (
    <Stack gap="lg" data-testid="jury-session-list">
      <SectionHeading
        section={section}
        action={
          certifier ? (
            <Button
              renderRoot={(props) => (
                <Link to={JURY_PATHS.newSession} params={spaceParams(membership)} {...props} />
              )}
              data-testid="new-session-link"
            >
              {t('jury.list.newSession')}
            </Button>
          ) : null
        }
      />
      {sessions.isPending ? <Loading /> : null}
      {sessions.isError ? <LoadError error={sessions.error} /> : null}
      {sessions.data?.length === 0 ? <Text>{t('jury.list.empty')}</Text> : null}
      {sessions.data && sessions.data.length > 0 ? (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('jury.list.date')}</Table.Th>
                <Table.Th scope="col">{t('jury.list.venue')}</Table.Th>
                <Table.Th scope="col">{t('jury.list.candidates')}</Table.Th>
                <Table.Th scope="col">{t('jury.list.signed')}</Table.Th>
                <Table.Th scope="col">{t('jury.list.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sessions.data.map((s) => (
                <Table.Tr key={s.id} data-testid={`session-row-${s.id}`}>
                  <Table.Th scope="row" fw={600}>
                    <Anchor
                      renderRoot={(props) => (
                        <Link
                          to={JURY_PATHS.session}
                          params={{ ...spaceParams(membership), sessionId: s.id }}
                          {...props}
                        />
                      )}
                    >
                      {formatDay(s.date)} · {s.startTime}
                    </Anchor>
                    <Text size="sm">{certificationTitle(s.certification)}</Text>
                  </Table.Th>
                  <Table.Td>{s.place ?? t('jury.list.remote')}</Table.Td>
                  <Table.Td>{s.candidates}</Table.Td>
                  <Table.Td>{s.signed}</Table.Td>
                  <Table.Td>
                    <StateBadge kind="session" state={s.status}>
                      {t(`jury.sessionStatuses.${s.status}`)}
                    </StateBadge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </Stack>
  );
}
