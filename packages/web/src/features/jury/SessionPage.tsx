import { Alert, Anchor, Badge, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import IconDeviceFloppy from '@tabler/icons-react/icons/IconDeviceFloppy';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/apiClient.ts';
import { useErrorMessage } from '../../ui/useErrorMessage.ts';
import { useFormatDay } from '../candidates/useFormatDay.ts';
import { Loading, PageLoadError } from '../referential/LoadState.tsx';
import { useCertificationTitle } from '../referential/useCertificationTitle.ts';
import { ConvocationMail } from './ConvocationMail.tsx';
import {
  decisionsUrl,
  minutesUrl,
  type SessionDetail,
  sessionQuery,
  setMembers,
} from './juryApi.ts';
import { type MemberDraft, newMemberDraft, toMemberInputs } from './juryModel.ts';
import { SESSION_ROUTE_ID } from './juryRouteIds.ts';
import { MembersEditor, ProblemAlert } from './MembersEditor.tsx';
import { SessionCandidates } from './SessionCandidates.tsx';

const route = getRouteApi(SESSION_ROUTE_ID);

function SessionHeader({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const certificationTitle = useCertificationTitle();
  return (
    <Stack gap={4}>
      <Title order={1} data-testid="session-title">
        {t('jury.session.title', { date: formatDay(session.date) })}
      </Title>
      <Text>
        {t('jury.session.certification', {
          certification: certificationTitle(session.certification),
          version: session.referentialVersion,
        })}
      </Text>
      <Text>
        {t('jury.session.start', { time: session.startTime, minutes: session.slotMinutes })}
      </Text>
      <Text>
        {session.place
          ? t('jury.session.onSite', { place: session.place })
          : t('jury.session.remote', { link: session.remoteLink ?? '' })}
      </Text>
      <Group>
        <Badge
          variant="outline"
          color={session.status === 'signed' ? 'green.9' : 'gray.7'}
          data-testid="session-status"
        >
          {t(`jury.sessionStatuses.${session.status}`)}
        </Badge>
      </Group>
    </Stack>
  );
}

function draftsOf(session: SessionDetail): MemberDraft[] {
  return session.members.map((m) => ({
    ...newMemberDraft(m.role),
    userId: m.userId,
    affiliation: m.affiliation ?? '',
    presides: m.presides,
    independent: m.independent,
  }));
}

function MembersSection({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState<MemberDraft[] | null>(null);
  const save = useMutation({
    mutationFn: (members: MemberDraft[]) =>
      setMembers(session.id, toMemberInputs(members), session.revision),
    onSuccess: async () => {
      setEditing(null);
      await queryClient.invalidateQueries({ queryKey: sessionQuery(session.id).queryKey });
    },
  });
  const problems = save.error instanceof ApiError ? save.error.problems : [];
  const started = session.candidates.some((c) => c.started);
  return (
    <Stack gap="sm" component="section" aria-labelledby="session-members">
      <Title order={2} id="session-members">
        {t('jury.session.members')}
      </Title>
      <ProblemAlert problems={session.problems} title={t('jury.session.problems')} />
      {editing ? (
        <>
          <MembersEditor members={editing} problems={problems} onChange={setEditing} />
          {save.error && problems.length === 0 ? (
            <Alert color="red" variant="outline" role="alert">
              {errorMessage(save.error)}
            </Alert>
          ) : null}
          <Group>
            <Button
              leftSection={<IconDeviceFloppy size={16} aria-hidden />}
              onClick={() => save.mutate(editing)}
              loading={save.isPending}
              data-testid="members-save"
            >
              {t('jury.session.saveMembers')}
            </Button>
            <Button variant="default" onClick={() => setEditing(null)}>
              {t('jury.session.cancel')}
            </Button>
          </Group>
        </>
      ) : (
        <>
          <List data-testid="session-members">
            {session.members.map((m) => (
              <List.Item key={m.userId} data-testid={`session-member-${m.userId}`}>
                <Text span fw={600}>
                  {m.name}
                </Text>
                {' — '}
                {t(`jury.roles.${m.role}`)}
                {m.presides && m.role !== 'president' ? `, ${t('jury.session.presiding')}` : ''}
                {m.affiliation ? ` (${m.affiliation})` : ''}
              </List.Item>
            ))}
          </List>
          {session.can.manage && !session.locked && !started ? (
            <Group>
              <Button
                variant="default"
                onClick={() => setEditing(draftsOf(session))}
                data-testid="members-edit"
              >
                {t('jury.session.editMembers')}
              </Button>
            </Group>
          ) : null}
        </>
      )}
    </Stack>
  );
}

function DocumentsSection({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="section" aria-labelledby="session-documents">
      <Title order={2} id="session-documents">
        {t('jury.session.documents')}
      </Title>
      {session.minutes.length === 0 ? <Text>{t('jury.session.noMinutes')}</Text> : null}
      <List>
        {session.minutes.map((m) => (
          <List.Item key={m.version}>
            <Anchor
              href={minutesUrl(session.id, m.version)}
              download
              data-testid={`minutes-${m.version}`}
            >
              {t('jury.session.minutes', { version: m.version })}
            </Anchor>
            <Text span size="xs" ff="monospace">
              {' '}
              SHA-256 {m.hash.slice(0, 16)}…
            </Text>
          </List.Item>
        ))}
        {session.can.manage
          ? (['csv', 'xlsx'] as const).map((format) => (
              <List.Item key={format}>
                <Anchor
                  href={decisionsUrl(session.id, format)}
                  download
                  data-testid={`decisions-${format}`}
                >
                  {t(format === 'csv' ? 'jury.session.decisionsCsv' : 'jury.session.decisionsXlsx')}
                </Anchor>
              </List.Item>
            ))
          : null}
      </List>
    </Stack>
  );
}

/** One jury session: members and seats, the candidates on the timetable, its documents. */
export function SessionPage() {
  const { t } = useTranslation();
  const { sessionId } = route.useParams();
  const session = useQuery(sessionQuery(sessionId));
  useDocumentTitle(`${t('sections.jurySessions.title')} · ${t('app.name')}`);
  const data = session.data;
  return (
    <Stack gap="xl" data-testid="session-page">
      {session.isPending ? <Loading /> : null}
      {session.isError ? <PageLoadError error={session.error} /> : null}
      {data ? (
        <>
          <SessionHeader session={data} />
          {data.locked ? (
            <Alert color="green" variant="outline" data-testid="session-locked">
              {t('jury.session.locked')}
            </Alert>
          ) : null}
          <MembersSection session={data} />
          <SessionCandidates session={data} />
          {data.can.manage ? <ConvocationMail session={data} /> : null}
          <DocumentsSection session={data} />
        </>
      ) : null}
    </Stack>
  );
}
