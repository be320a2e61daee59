import { Alert, Button, Stack, Tabs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n.ts';
import { ResponsiveTable } from '../../ui/ResponsiveTable.tsx';
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
        <ResponsiveTable
          columns={[
            { key: 'date', header: t('outbox.columns.date'), cell: (m) => moment(m.createdAt) },
            { key: 'to', header: t('outbox.columns.to'), cell: (m) => m.toName },
            { key: 'subject', header: t('outbox.columns.subject'), cell: (m) => m.subject },
            {
              key: 'state',
              header: t('outbox.columns.state'),
              cell: (m) => (
                <>
                  <Text
                    c={m.state === 'failed' ? 'red.8' : undefined}
                    fw={m.state === 'failed' ? 600 : undefined}
                  >
                    {t(`outbox.state.${m.state}`)}
                  </Text>
                  {m.lastError && m.state === 'failed' ? (
                    <Text size="sm">{t('outbox.answer', { answer: m.lastError })}</Text>
                  ) : null}
                </>
              ),
            },
            {
              key: 'open',
              header: '',
              cell: (m) => (
                <Button
                  size="compact-sm"
                  variant="light"
                  onClick={() => setOpen(m.id)}
                  data-testid="outbox-open"
                >
                  {t('outbox.open')}
                </Button>
              ),
            },
          ]}
          rows={messages}
          rowKey={(m) => m.id}
          rowTestId={() => 'outbox-message'}
          rowState={(m) => m.state}
          data-testid="outbox-messages"
        />
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
    <ResponsiveTable
      columns={[
        { key: 'date', header: t('outbox.columns.date'), cell: (job) => moment(job.createdAt) },
        {
          key: 'task',
          header: t('outbox.columns.task'),
          cell: (job) => (
            <>
              {job.title[currentLocale()]}
              {job.error ? (
                <Text size="sm" c="red.8">
                  {t('outbox.jobError', { message: job.error })}
                </Text>
              ) : null}
            </>
          ),
        },
        {
          key: 'state',
          header: t('outbox.columns.state'),
          cell: (job) => t(`outbox.jobState.${job.state}`),
        },
        {
          key: 'attempts',
          header: t('outbox.columns.attempts'),
          cell: (job) => t('outbox.attempts', { count: job.attempts, max: job.maxAttempts }),
        },
      ]}
      rows={query.data}
      rowKey={(job) => job.id}
      rowTestId={() => 'job'}
      rowState={(job) => job.state}
      data-testid="jobs"
    />
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
