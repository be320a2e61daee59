import { Alert, Button, Stack, Table, Tabs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n.ts';
import { SectionHeading } from '../home/SectionHeading.tsx';
import { LoadError, Loading } from '../referential/LoadState.tsx';
import { MessageDetail } from './MessageDetail.tsx';
import { jobsQuery, messagesQuery } from './outboxApi.ts';

function useFormatMoment() {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'fr-FR', {
    dateStyle: 'medium',
    timeStyle: 'short',
  });
  return (value: string) => format.format(new Date(value));
}

function Messages() {
  const { t } = useTranslation();
  const moment = useFormatMoment();
  const query = useQuery(messagesQuery);
  const [open, setOpen] = useState<string | null>(null);
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} />;
  const { messages } = query.data;
  return (
    <Stack gap="sm">
      {messages[0]?.transport === 'outbox' ? (
        <Alert color="blue">{t('outbox.smtpNone')}</Alert>
      ) : null}
      {messages.length === 0 ? <Text>{t('outbox.empty')}</Text> : null}
      {messages.length > 0 ? (
        <Table striped data-testid="outbox-messages">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('outbox.columns.date')}</Table.Th>
              <Table.Th>{t('outbox.columns.to')}</Table.Th>
              <Table.Th>{t('outbox.columns.subject')}</Table.Th>
              <Table.Th>{t('outbox.columns.state')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {messages.map((m) => (
              <Table.Tr key={m.id} data-testid="outbox-message" data-state={m.state}>
                <Table.Td>{moment(m.createdAt)}</Table.Td>
                <Table.Td>{m.toName}</Table.Td>
                <Table.Td>{m.subject}</Table.Td>
                <Table.Td>
                  <Text
                    c={m.state === 'failed' ? 'red.8' : undefined}
                    fw={m.state === 'failed' ? 600 : undefined}
                  >
                    {t(`outbox.state.${m.state}`)}
                  </Text>
                  {m.lastError && m.state === 'failed' ? (
                    <Text size="sm">{t('outbox.answer', { answer: m.lastError })}</Text>
                  ) : null}
                </Table.Td>
                <Table.Td>
                  <Button
                    size="compact-sm"
                    variant="light"
                    onClick={() => setOpen(m.id)}
                    data-testid="outbox-open"
                  >
                    {t('outbox.open')}
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      {open ? <MessageDetail id={open} onClose={() => setOpen(null)} /> : null}
    </Stack>
  );
}

function Jobs() {
  const { t } = useTranslation();
  const moment = useFormatMoment();
  const query = useQuery(jobsQuery);
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} />;
  if (query.data.length === 0) return <Text>{t('outbox.jobsEmpty')}</Text>;
  return (
    <Table striped data-testid="jobs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('outbox.columns.date')}</Table.Th>
          <Table.Th>{t('outbox.columns.task')}</Table.Th>
          <Table.Th>{t('outbox.columns.state')}</Table.Th>
          <Table.Th>{t('outbox.columns.attempts')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {query.data.map((job) => (
          <Table.Tr key={job.id} data-testid="job" data-state={job.state}>
            <Table.Td>{moment(job.createdAt)}</Table.Td>
            <Table.Td>
              {job.title[currentLocale()]}
              {job.error ? (
                <Text size="sm" c="red.8">
                  {t('outbox.jobError', { message: job.error })}
                </Text>
              ) : null}
            </Table.Td>
            <Table.Td>{t(`outbox.jobState.${job.state}`)}</Table.Td>
            <Table.Td>
              {t('outbox.attempts', { count: job.attempts, max: job.maxAttempts })}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The certifier's outbox (every e-mail, sent or kept here without a mail server) and tasks. */
export function OutboxPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="lg" data-testid="outbox-page">
      <SectionHeading section="messages" />
      <Tabs defaultValue="messages" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="messages">{t('outbox.tabs.messages')}</Tabs.Tab>
          <Tabs.Tab value="jobs" data-testid="jobs-tab">
            {t('outbox.tabs.jobs')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="messages" pt="md">
          <Messages />
        </Tabs.Panel>
        <Tabs.Panel value="jobs" pt="md">
          <Jobs />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
