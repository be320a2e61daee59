import { Anchor, Button, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useRouteContext } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { type Column, ResponsiveTable } from '../../ui/ResponsiveTable.tsx';
import { StateBadge } from '../../ui/StateBadge.tsx';
import { useFormatDay } from '../candidates/useFormatDay.ts';
import { SectionHeading } from '../home/SectionHeading.tsx';
import { spaceParams } from '../home/spaces.ts';
import { LoadError, Loading } from '../referential/LoadState.tsx';
import { useCertificationTitle } from '../referential/useCertificationTitle.ts';
import { type SessionSummary, sessionsQuery } from './juryApi.ts';
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
  const columns: Column<SessionSummary>[] = [
    {
      key: 'date',
      header: t('jury.list.date'),
      cell: (s) => (
        <>
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
        </>
      ),
    },
    { key: 'venue', header: t('jury.list.venue'), cell: (s) => s.place ?? t('jury.list.remote') },
    { key: 'candidates', header: t('jury.list.candidates'), cell: (s) => s.candidates },
    { key: 'signed', header: t('jury.list.signed'), cell: (s) => s.signed },
    {
      key: 'status',
      header: t('jury.list.status'),
      cell: (s) => (
        <StateBadge kind="session" state={s.status}>
          {t(`jury.sessionStatuses.${s.status}`)}
        </StateBadge>
      ),
    },
  ];
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
        <ResponsiveTable
          columns={columns}
          rows={sessions.data}
          rowKey={(s) => s.id}
          rowTestId={(s) => `session-row-${s.id}`}
        />
      ) : null}
    </Stack>
  );
}
