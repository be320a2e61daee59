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
import { ApiError } from '../../app/apiClient.ts';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { useErrorMessage } from '../../ui/useErrorMessage.ts';
import { addBookletEntry, BOOKLET_KINDS, type BookletKind } from './candidatesApi.ts';
import { today } from './useFormatDay.ts';

type Props = { candidateId: string; onAdded: () => Promise<void> };

/** A training session, a tutor's note or a steering committee, dated, added to the booklet. */
export function BookletEntryForm({ candidateId, onAdded }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const errorMessage = useErrorMessage();
  const [kind, setKind] = useState<BookletKind>('tutor_note');
  const [date, setDate] = useState(today());
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [hours, setHours] = useState<number | ''>('');
  const [missing, setMissing] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  const add = useMutation({
    mutationFn: () =>
      addBookletEntry(candidateId, {
        kind,
        date,
        title: title.trim(),
        ...(body.trim() && { body: body.trim() }),
        ...(kind === 'training_session' && hours !== '' && { durationHours: hours }),
      }),
    onSuccess: async () => {
      setAdded(t('candidates.booklet.added', { title: title.trim() }));
      setTitle('');
      setBody('');
      setHours('');
      await onAdded();
    },
  });
  const dateError =
    add.error instanceof ApiError && add.error.path === 'body/date'
      ? errorMessage(add.error)
      : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAdded(null);
    setMissing(title.trim() === '' || date === '');
    if (title.trim() !== '' && date !== '') add.mutate();
  };
  return (
    <Paper withBorder p="md" data-testid="booklet-form">
      <form onSubmit={submit} noValidate aria-labelledby={headingId}>
        <Stack gap="sm">
          <Title order={2} size="h3" id={headingId}>
            {t('candidates.booklet.addTitle')}
          </Title>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <NativeSelect
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
              type="date"
              label={t('candidates.booklet.date')}
              required
              max={today()}
              value={date}
              onChange={(e) => setDate(e.currentTarget.value)}
              error={dateError ?? (missing && date === '' ? t('candidates.form.required') : null)}
            />
            {kind === 'training_session' ? (
              <NumberInput
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
            label={t('candidates.booklet.entryTitle')}
            required
            maxLength={300}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={missing && title.trim() === '' ? t('candidates.form.required') : null}
            data-testid="booklet-title"
          />
          <Textarea
            label={t('candidates.booklet.body')}
            autosize
            minRows={2}
            maxLength={20000}
            value={body}
            onChange={(e) => setBody(e.currentTarget.value)}
            data-testid="booklet-body"
          />
          <LiveMessage message={add.error && !dateError ? errorMessage(add.error) : null} />
          <LiveMessage message={added} tone="success" testId="booklet-added" />
          <Button type="submit" w="fit-content" loading={add.isPending} data-testid="booklet-add">
            {t('candidates.booklet.add')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
