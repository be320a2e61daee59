import { checkMeeting } from '@certeval/core/steering/steeringForms';
import { Button, Paper, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { useFormProblems } from '../../ui/useFormProblems.ts';
import { type Committee, planMeeting, steeringQuery } from './steeringApi.ts';

const FIELDS = ['date', 'title', 'agenda'] as const;

/** Plans a meeting of the committee (or records one held): its day, subject and agenda. */
export function PlanMeetingForm({ committee }: { committee: Committee }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [date, setDate] = useState('');
  const [title, setTitle] = useState('');
  const [agenda, setAgenda] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const input = { date, title: title.trim(), agenda };
  const plan = useMutation({
    mutationFn: () => planMeeting(committee.id, input),
    onSuccess: async (meeting) => {
      setDate('');
      setTitle('');
      setAgenda('');
      setDone(t('steering.plan.done', { title: meeting.title }));
      await queryClient.invalidateQueries({
        queryKey: steeringQuery(committee.organisationId).queryKey,
      });
    },
  });
  const form = useFormProblems({
    fields: FIELDS,
    label: (field) => t(`steering.plan.${field === 'title' ? 'subject' : field}`),
    name: `meeting-${committee.id}`,
    error: plan.error,
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setDone(null);
    if (form.accept(checkMeeting(input, 'body'))) plan.mutate();
  };
  const titleId = `plan-${committee.id}`;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <form onSubmit={submit} noValidate data-testid="plan-meeting-form">
        <Stack gap="sm">
          <Title order={3} size="h4" id={titleId}>
            {t('steering.plan.title')}
          </Title>
          <ErrorSummary {...form.summary} testId="meeting-problems" />
          <TextInput
            {...form.field('date')}
            type="date"
            label={t('steering.plan.date')}
            required
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
            maw={220}
          />
          <TextInput
            {...form.field('title')}
            label={t('steering.plan.subject')}
            required
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
          />
          <Textarea
            {...form.field('agenda')}
            label={t('steering.plan.agenda')}
            autosize
            minRows={2}
            value={agenda}
            onChange={(e) => setAgenda(e.currentTarget.value)}
          />
          <LiveMessage message={done} tone="success" />
          <Button type="submit" loading={plan.isPending} w="fit-content">
            {t('steering.plan.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
