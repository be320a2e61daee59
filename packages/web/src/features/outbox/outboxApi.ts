// What the outbox and jobs screens read. Shapes follow packages/server/src/platform/mail/routes.ts
// and platform/jobs/routes.ts.
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../app/apiClient.ts';

export type MailState = 'queued' | 'sending' | 'sent' | 'failed' | 'stored';

export type MessageSummary = {
  id: string;
  template: string;
  toName: string;
  toEmail: string;
  subject: string;
  locale: string;
  state: MailState;
  transport: string;
  attempts: number;
  lastError: string | null;
  createdAt: string;
  sentAt: string | null;
  attachments: number;
};

export type Message = Omit<MessageSummary, 'attachments'> & {
  confidential: boolean;
  text: string | null;
  html: string | null;
  links: string[];
  attachments: Array<{ id: string; fileName: string; contentType: string; size: number }>;
};

export type JobState = 'waiting' | 'running' | 'done' | 'failed' | 'cancelled';

export type JobSummary = {
  id: string;
  queue: string;
  state: JobState;
  title: { fr: string; en: string };
  error: string | null;
  attempts: number;
  maxAttempts: number;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
};

export const messagesQuery = queryOptions({
  queryKey: ['mail', 'messages'],
  queryFn: () =>
    apiFetch<{ counts: Array<{ state: MailState; count: number }>; messages: MessageSummary[] }>(
      '/api/mail/messages',
    ),
  refetchInterval: 3000,
});

export const messageQuery = (id: string) =>
  queryOptions({
    queryKey: ['mail', 'message', id],
    queryFn: () => apiFetch<Message>(`/api/mail/messages/${id}`),
  });

export const jobsQuery = queryOptions({
  queryKey: ['jobs'],
  queryFn: () => apiFetch<JobSummary[]>('/api/jobs'),
  refetchInterval: 3000,
});

export const attachmentUrl = (messageId: string, attachmentId: string) =>
  `/api/mail/messages/${messageId}/attachments/${attachmentId}`;
