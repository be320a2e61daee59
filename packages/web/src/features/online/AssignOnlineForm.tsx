import { checkNewEvaluation } from '@certeval/core/evaluation/evaluationForm';
import { Button, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { useFormProblems } from '../../ui/useFormProblems.ts';
import type { CandidateFile } from '../candidates/candidatesApi.ts';
import { today } from '../candidates/useFormatDay.ts';
import {
  type EvaluationKind,
  evaluationsQuery,
  type InstrumentChoice,
  instrumentChoicesQuery,
} from '../evaluations/evaluationsApi.ts';
import { findInstrument, instrumentRefId } from '../instruments/instrumentsApi.ts';
import { questionnairesToAssign } from './assignChoices.ts';
import { assignQuestionnaire } from './onlineApi.ts';

const KINDS: EvaluationKind[] = ['continuous', 'final'];
const FIELDS = ['instrument', 'kind', 'date'] as const;

/** The candidate a questionnaire is given to: their file, or a line of a trainer's list. */
export type AssignTarget = Pick<CandidateFile, 'id' | 'certification' | 'organisationId'>;

function AssignForm({
  file,
  choices,
  onClose,
  onAssigned,
}: {
  file: AssignTarget;
  choices: InstrumentChoice[];
  onClose: () => void;
  onAssigned: (title: string) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const queryClient = useQueryClient();
  const [instrument, setInstrument] = useState('');
  const [kind, setKind] = useState<EvaluationKind>('continuous');
  const [date, setDate] = useState(today());
  const chosen = findInstrument(choices, instrument) ?? choices[0];
  const body = {
    instrument: { key: chosen?.key ?? '', version: chosen?.version ?? '' },
    kind,
    date,
  };
  const assign = useMutation({
    mutationFn: () => assignQuestionnaire(file.id, body),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: evaluationsQuery(file.id).queryKey });
      onAssigned(chosen?.title ?? '');
    },
  });
  const form = useFormProblems({
    fields: FIELDS,
    label: (field) => t(`online.assign.${field}`),
    name: 'assign',
    error: assign.error,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (form.accept(checkNewEvaluation(body, 'body'))) assign.mutate();
  };
  return (
    <Paper withBorder p="md" data-testid="assign-online">
      <form onSubmit={submit} noValidate aria-labelledby={headingId}>
        <Stack gap="sm">
          <Title order={3} size="h4" id={headingId}>
            {t('online.assign.title')}
          </Title>
          <Text size="sm">{t('online.assign.intro')}</Text>
          <ErrorSummary {...form.summary} testId="assign-problems" />
          <Group align="flex-start" grow>
            <NativeSelect
              {...form.field('instrument')}
              label={t('online.assign.instrument')}
              value={chosen ? instrumentRefId(chosen) : ''}
              onChange={(e) => setInstrument(e.currentTarget.value)}
              data={choices.map((c) => ({ value: instrumentRefId(c), label: c.title }))}
            />
            <NativeSelect
              {...form.field('kind')}
              label={t('online.assign.kind')}
              value={kind}
              onChange={(e) => setKind(e.currentTarget.value as EvaluationKind)}
              data={KINDS.map((k) => ({ value: k, label: t(`evaluations.kinds.${k}`) }))}
            />
            <TextInput
              {...form.field('date')}
              type="date"
              label={t('online.assign.date')}
              value={date}
              max={today()}
              onChange={(e) => setDate(e.currentTarget.value)}
            />
          </Group>
          <Group gap="sm">
            <Button type="submit" loading={assign.isPending} data-testid="assign-online-submit">
              {t('online.assign.submit')}
            </Button>
            <Button variant="default" onClick={onClose}>
              {t('online.assign.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/**
 * "Faire passer en ligne": the candidate's trainer gives them a published questionnaire of
 * their certification to take from their own space.
 */
export function AssignOnline({
  file,
  onAssigned,
}: {
  file: AssignTarget;
  /** Told once the questionnaire is given (a list to refresh). */
  onAssigned?: () => void;
}) {
  const { t } = useTranslation();
  const catalogue = useQuery(instrumentChoicesQuery);
  const [open, setOpen] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);
  // The opener is back on screen once the form closed: the focus returns to it then.
  useEffect(() => {
    if (!open && returnFocus.current) {
      returnFocus.current = false;
      opener.current?.focus();
    }
  }, [open]);
  if (!catalogue.isSuccess) return null;
  const choices = questionnairesToAssign(file, catalogue.data);
  const close = () => {
    returnFocus.current = true;
    setOpen(false);
  };
  if (choices.length === 0)
    return (
      <Text c="dimmed" data-testid="online-assign-none">
        {t('online.assign.none')}
      </Text>
    );
  return (
    <Stack gap="sm" data-testid="online-assign">
      {open ? (
        <AssignForm
          file={file}
          choices={choices}
          onClose={close}
          onAssigned={(title) => {
            setDone(t('online.assign.done', { title }));
            close();
            onAssigned?.();
          }}
        />
      ) : (
        <Button
          ref={opener}
          variant="default"
          w="fit-content"
          onClick={() => {
            setDone(null);
            setOpen(true);
          }}
          data-testid="assign-online-open"
        >
          {t('online.assign.open')}
        </Button>
      )}
      <LiveMessage message={done} tone="success" testId="assign-online-done" />
    </Stack>
  );
}
