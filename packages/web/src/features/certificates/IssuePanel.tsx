import {
  Anchor,
  Button,
  Group,
  Progress,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import IconCertificate from '@tabler/icons-react/icons/IconCertificate';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n.ts';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { useErrorMessage } from '../../ui/useErrorMessage.ts';
import { LoadError, Loading } from '../referential/LoadState.tsx';
import { useCertificationTitle } from '../referential/useCertificationTitle.ts';
import {
  type BatchProgress,
  batchQuery,
  type SessionToIssue,
  sessionPdfUrl,
  sessionsToIssueQuery,
  startBatch,
} from './certificatesApi.ts';
import { useFormatDate } from './useFormatDate.ts';

function BatchStatus({ batchId, onFinished }: { batchId: string; onFinished: () => void }) {
  const { t } = useTranslation();
  const query = useQuery({
    ...batchQuery(batchId),
    // Polled while it runs and while its e-mails wait; the server stores the progress.
    refetchInterval: (q) =>
      q.state.data?.status === 'running'
        ? 500
        : (q.state.data?.messages?.waiting ?? 0) > 0
          ? 2000
          : false,
  });
  const batch: BatchProgress | undefined = query.data;
  const finished = batch !== undefined && batch.status !== 'running';
  useEffect(() => {
    if (finished) onFinished();
  }, [finished, onFinished]);
  if (!batch) return null;
  const value = batch.total === 0 ? 100 : Math.round((100 * batch.issued) / batch.total);
  return (
    <Stack gap={4} data-testid="batch-progress" data-status={batch.status}>
      <Progress
        value={value}
        aria-label={t('certificates.issue.progress', batch)}
        animated={!finished}
      />
      <Text size="sm">{t('certificates.issue.progress', batch)}</Text>
      {batch.messages &&
      batch.messages.sent + batch.messages.waiting + batch.messages.failed > 0 ? (
        <Text size="sm" data-testid="batch-messages">
          {t('certificates.issue.messages', batch.messages)}
          {batch.messages.failed > 0 ? (
            <Text span c="red.8" fw={600}>
              {' '}
              {t('certificates.issue.messagesFailed', batch.messages)}
            </Text>
          ) : null}
        </Text>
      ) : null}
      <LiveMessage
        tone={batch.status === 'failed' ? 'error' : 'success'}
        testId="batch-message"
        message={
          batch.status === 'done'
            ? [
                t('certificates.issue.done', { count: batch.issued }),
                batch.skipped > 0 ? t('certificates.issue.skipped', { count: batch.skipped }) : '',
              ]
                .filter(Boolean)
                .join(' ')
            : batch.status === 'failed'
              ? t('certificates.issue.failed', { message: batch.error?.[currentLocale()] ?? '' })
              : null
        }
      />
    </Stack>
  );
}

function SessionRow({
  session,
  signatory,
}: {
  session: SessionToIssue;
  signatory: { name: string; quality: string };
}) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const [batchId, setBatchId] = useState<string | null>(null);
  const start = useMutation({
    mutationFn: () =>
      startBatch({
        sessionId: session.id,
        signatory: {
          ...(signatory.name.trim() ? { name: signatory.name.trim() } : {}),
          ...(signatory.quality.trim() ? { quality: signatory.quality.trim() } : {}),
        },
      }),
    onSuccess: (batch) => setBatchId(batch.id),
  });
  const refresh = useCallback(
    () => void queryClient.invalidateQueries({ queryKey: ['certificates'] }),
    [queryClient],
  );
  const certificationTitle = useCertificationTitle();
  const complete = session.issued >= session.signed;
  return (
    <Table.Tr data-testid={`session-${session.id}`}>
      <Table.Th scope="row">
        {t('certificates.issue.session', { date: formatDate(session.date) })}
        {session.place ? <Text size="sm">{session.place}</Text> : null}
      </Table.Th>
      <Table.Td>{certificationTitle(session.certification)}</Table.Td>
      <Table.Td>{session.signed}</Table.Td>
      <Table.Td data-testid="session-issued">{session.issued}</Table.Td>
      <Table.Td>
        <Stack gap="xs">
          <Group gap="xs">
            {complete ? null : (
              <Button
                leftSection={<IconCertificate size={16} aria-hidden />}
                size="compact-sm"
                loading={start.isPending}
                onClick={() => start.mutate()}
                data-testid="issue-session"
              >
                {session.issued > 0
                  ? t('certificates.issue.again')
                  : t('certificates.issue.button')}
              </Button>
            )}
            {session.issued > 0 ? (
              <Anchor href={sessionPdfUrl(session.id)} size="sm" data-testid="session-pdf">
                {t('certificates.issue.print')}
              </Anchor>
            ) : null}
          </Group>
          <LiveMessage message={start.isError ? errorMessage(start.error) : null} />
          {batchId ? <BatchStatus batchId={batchId} onFinished={refresh} /> : null}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}

/** The certifier's signed sessions, each issued in one click, with the progress shown. */
export function IssuePanel({ defaultSignatory }: { defaultSignatory: string }) {
  const { t } = useTranslation();
  const sessions = useQuery(sessionsToIssueQuery);
  const [name, setName] = useState(defaultSignatory);
  const [quality, setQuality] = useState('');
  return (
    <Stack gap="sm" data-testid="issue-panel">
      <Title order={2}>{t('certificates.issue.title')}</Title>
      <Text>{t('certificates.issue.intro')}</Text>
      <Group align="flex-end" gap="md">
        <TextInput
          label={t('certificates.issue.signatoryName')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          data-testid="signatory-name"
        />
        <TextInput
          label={t('certificates.issue.signatoryQuality')}
          description={t('certificates.issue.signatoryHint')}
          value={quality}
          onChange={(event) => setQuality(event.currentTarget.value)}
          data-testid="signatory-quality"
        />
      </Group>
      {sessions.isPending ? <Loading /> : null}
      {sessions.isError ? <LoadError error={sessions.error} /> : null}
      {sessions.isSuccess && sessions.data.length === 0 ? (
        <Text data-testid="no-session">{t('certificates.issue.empty')}</Text>
      ) : null}
      {sessions.data && sessions.data.length > 0 ? (
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('certificates.issue.sessionColumn')}</Table.Th>
                <Table.Th scope="col">{t('certificates.issue.certification')}</Table.Th>
                <Table.Th scope="col">{t('certificates.issue.signed')}</Table.Th>
                <Table.Th scope="col">{t('certificates.issue.issued')}</Table.Th>
                <Table.Th scope="col">{t('certificates.issue.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {sessions.data.map((session) => (
                <SessionRow key={session.id} session={session} signatory={{ name, quality }} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </Stack>
  );
}
