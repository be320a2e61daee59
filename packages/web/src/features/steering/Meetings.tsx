import { DOCUMENT_HEAD_BYTES } from '@certeval/core/candidates/vaeBooklet';
import { checkMinutes, minutesTooEarly } from '@certeval/core/steering/steering';
import { Anchor, Button, FileInput, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n.ts';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { useErrorMessage } from '../../ui/useErrorMessage.ts';
import { today, useFormatDay } from '../candidates/useFormatDay.ts';
import { attachMinutes, type Committee, minutesUrl, steeringQuery } from './steeringApi.ts';

type Meeting = Committee['meetings'][number];

class Refused extends Error {}

/** core's rule, before sending: a PDF, named, not empty, at most 10 MB. */
async function refusal(file: File): Promise<string | null> {
  const head = new Uint8Array(await file.slice(0, DOCUMENT_HEAD_BYTES).arrayBuffer());
  const check = checkMinutes({ fileName: file.name, size: file.size, head });
  return check.ok ? null : check.message[currentLocale()];
}

function AttachMinutes({ committee, meeting }: { committee: Committee; meeting: Meeting }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const attach = useMutation({
    mutationFn: async (chosen: File) => {
      const refused = await refusal(chosen);
      if (refused) throw new Refused(refused);
      return attachMinutes(meeting.id, chosen);
    },
    onSuccess: async () => {
      setFile(null);
      await queryClient.invalidateQueries({
        queryKey: steeringQuery(committee.organisationId).queryKey,
      });
    },
  });
  const error =
    attach.error instanceof Refused
      ? attach.error.message
      : attach.error
        ? errorMessage(attach.error)
        : null;
  return (
    <Stack gap={4}>
      <Group align="flex-end" gap="sm">
        <FileInput
          label={t('steering.minutes.file', { title: meeting.title })}
          accept="application/pdf,.pdf"
          value={file}
          onChange={(chosen) => {
            setFile(chosen);
            attach.reset();
          }}
          clearable
          miw={240}
        />
        <Button
          variant="outline"
          onClick={() => file && attach.mutate(file)}
          disabled={!file}
          loading={attach.isPending}
        >
          {t('steering.minutes.attach')}
        </Button>
      </Group>
      <LiveMessage message={error} />
    </Stack>
  );
}

function MeetingCard({ committee, meeting }: { committee: Committee; meeting: Meeting }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const held = minutesTooEarly(meeting.date, today()) === undefined;
  return (
    <Paper withBorder p="sm" data-testid="steering-meeting">
      <Stack gap={4}>
        <Text fw={600}>
          {formatDay(meeting.date)} — {meeting.title}
        </Text>
        {meeting.agenda ? (
          <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
            {meeting.agenda}
          </Text>
        ) : null}
        {meeting.minutes.length > 0 ? (
          <List size="sm">
            {meeting.minutes.map((m) => (
              <List.Item key={m.id}>
                <Anchor href={minutesUrl(m)} data-testid="steering-minutes">
                  {t('steering.minutes.download', { name: m.fileName })}
                </Anchor>{' '}
                {t('steering.minutes.size', { size: Math.max(1, Math.round(m.size / 1024)) })}
              </List.Item>
            ))}
          </List>
        ) : (
          <Text size="sm">{held ? t('steering.minutes.none') : t('steering.minutes.later')}</Text>
        )}
        {held && committee.canEdit ? (
          <AttachMinutes committee={committee} meeting={meeting} />
        ) : null}
      </Stack>
    </Paper>
  );
}

/** The committee's meetings, the next ones first, then those held, each with its minutes. */
export function Meetings({ committee }: { committee: Committee }) {
  const { t } = useTranslation();
  const now = today();
  const ahead = committee.meetings
    .filter((m) => m.date > now)
    .sort((a, b) => a.date.localeCompare(b.date));
  const past = committee.meetings
    .filter((m) => m.date <= now)
    .sort((a, b) => b.date.localeCompare(a.date));
  return (
    <Stack gap="xs" data-testid="steering-meetings">
      <Title order={3} size="h4">
        {t('steering.meetings.title', { count: committee.meetings.length })}
      </Title>
      {committee.meetings.length === 0 ? <Text>{t('steering.meetings.empty')}</Text> : null}
      {[...ahead, ...past].map((m) => (
        <MeetingCard key={m.id} committee={committee} meeting={m} />
      ))}
    </Stack>
  );
}
