import { bookletEntryCheck } from '@certeval/core/candidates/bookletEntryForm';
import {
  Button,
  NativeSelect,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { useFormProblems } from '../../ui/useFormProblems.ts';
import { addBookletEntry, BOOKLET_KINDS, type BookletKind } from './candidatesApi.ts';
import { today } from './useFormatDay.ts';

const FIELDS = ['kind', 'date', 'durationHours', 'title', 'body'] as const;

type Props = { candidateId: string; onAdded: () => Promise<void> };

/** A training session, a tutor's note or a steering committee, dated, added to the booklet. */
export function BookletEntryForm({ candidateId, onAdded }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const [kind, setKind] = useState<BookletKind>('tutor_note');
  const [date, setDate] = useState(today());
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [hours, setHours] = useState<number | ''>('');
  const [added, setAdded] = useState<string | null>(null);
  const entry = {
    kind,
    date,
    title: title.trim(),
    ...(body.trim() && { body: body.trim() }),
    ...(kind === 'training_session' && hours !== '' && { durationHours: hours }),
  };
  const add = useMutation({
    mutationFn: () => addBookletEntry(candidateId, entry),
    onSuccess: async () => {
      setAdded(t('candidates.booklet.added', { title: title.trim() }));
      setTitle('');
      setBody('');
      setHours('');
      await onAdded();
    },
  });
  const form = useFormProblems({
    fields: FIELDS,
    label: (field) =>
      t(
        `candidates.booklet.${field === 'title' ? 'entryTitle' : field === 'durationHours' ? 'hours' : field}`,
      ),
    name: 'booklet',
    error: add.error,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAdded(null);
    if (form.accept(bookletEntryCheck(today())(entry, 'body'))) add.mutate();
  };
  return (
    <Paper withBorder p="md" data-testid="booklet-form">
      <form onSubmit={submit} noValidate aria-labelledby={headingId}>
        <Stack gap="sm">
          <Title order={2} size="h3" id={headingId}>
            {t('candidates.booklet.addTitle')}
          </Title>
          <ErrorSummary {...form.summary} testId="booklet-problems" />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NativeSelect
              {...form.field('kind')}
              label={t('candidates.booklet.kind')}
              value={kind}
              onChange={(e) => setKind(e.currentTarget.value as BookletKind)}
              data={BOOKLET_KINDS.map((k) => ({
                value: k,
                label: t(`candidates.booklet.kinds.${k}`),
              }))}
              data-testid="booklet-kind"
            />
            <TextInput
              {...form.field('date')}
              type="date"
              label={t('candidates.booklet.date')}
              required
              max={today()}
              value={date}
              onChange={(e) => setDate(e.currentTarget.value)}
              data-testid="booklet-date"
            />
            {kind === 'training_session' ? (
              <NumberInput
                {...form.field('durationHours')}
                label={t('candidates.booklet.hours')}
                min={0}
                max={1000}
                allowDecimal={false}
                allowNegative={false}
                clampBehavior="strict"
                value={hours}
                onChange={(v) => setHours(typeof v === 'number' ? v : '')}
              />
            ) : null}
          </SimpleGrid>
          <TextInput
            {...form.field('title')}
            label={t('candidates.booklet.entryTitle')}
            required
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            data-testid="booklet-title"
          />
          <Textarea
            {...form.field('body')}
            label={t('candidates.booklet.body')}
            autosize
            minRows={2}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
            data-testid="booklet-body"
          />
          <LiveMessage message={added} tone="success" testId="booklet-added" />
          <Button type="submit" w="fit-content" loading={add.isPending} data-testid="booklet-add">
            {t('candidates.booklet.add')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
