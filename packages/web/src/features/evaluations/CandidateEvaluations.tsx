import { checkNewEvaluation } from '@certeval/core/evaluation/evaluationForm';
import {
  Anchor,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { StateBadge } from '../../ui/StateBadge.tsx';
import { useFormProblems } from '../../ui/useFormProblems.ts';
import type { Membership } from '../auth/me.ts';
import { PATHS } from '../candidates/candidateRouteIds.ts';
import type { CandidateFile } from '../candidates/candidatesApi.ts';
import { today, useFormatDay } from '../candidates/useFormatDay.ts';
import { spaceParams } from '../home/spaces.ts';
import { findInstrument, instrumentRefId } from '../instruments/instrumentsApi.ts';
import { LoadError, Loading } from '../referential/LoadState.tsx';
import { evaluationKindsFor, instrumentsToOpen, suggestedKind } from './evaluationChoices.ts';
import {
  type EvaluationKind,
  type EvaluationSummary,
  evaluationsQuery,
  type InstrumentChoice,
  instrumentChoicesQuery,
  startEvaluation,
} from './evaluationsApi.ts';

type Props = { file: CandidateFile; space: Membership };
const FIELDS = ['instrument', 'kind', 'date'] as const;

function NewEvaluationForm({
  file,
  space,
  choices,
  existing,
}: Props & { choices: InstrumentChoice[]; existing: EvaluationSummary[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const kinds = evaluationKindsFor(space.role);
  const [instrument, setInstrument] = useState('');
  const [kind, setKind] = useState<EvaluationKind>(suggestedKind(space.role, existing));
  const [date, setDate] = useState(today());
  const chosen = findInstrument(choices, instrument) ?? choices[0];
  const body = {
    instrument: { key: chosen?.key ?? '', version: chosen?.version ?? '' },
    kind,
    date,
  };
  const start = useMutation({
    mutationFn: () => startEvaluation(file.id, body),
    onSuccess: async ({ id }) => {
      await queryClient.invalidateQueries({ queryKey: evaluationsQuery(file.id).queryKey });
      await navigate({ to: PATHS.evaluation, params: { ...spaceParams(space), evaluationId: id } });
    },
  });
  const form = useFormProblems({
    fields: FIELDS,
    label: (field) => t(`evaluations.start.${field}`),
    name: 'new-evaluation',
    error: start.error,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (form.accept(checkNewEvaluation(body, 'body'))) start.mutate();
  };
  return (
    <Paper withBorder p="md" data-testid="new-evaluation">
      <form onSubmit={submit} noValidate aria-labelledby={headingId}>
        <Stack gap="sm">
          <Title order={3} size="h4" id={headingId}>
            {t('evaluations.start.title')}
          </Title>
          <ErrorSummary {...form.summary} testId="new-evaluation-problems" />
          <Group align="flex-start" grow>
            <NativeSelect
              {...form.field('instrument')}
              label={t('evaluations.start.instrument')}
              value={chosen ? instrumentRefId(chosen) : ''}
              onChange={(e) => setInstrument(e.currentTarget.value)}
              data={choices.map((c) => ({ value: instrumentRefId(c), label: c.title }))}
              data-testid="new-evaluation-instrument"
            />
            <NativeSelect
              {...form.field('kind')}
              label={t('evaluations.start.kind')}
              value={kind}
              onChange={(e) => setKind(e.currentTarget.value as EvaluationKind)}
              data={kinds.map((k) => ({ value: k, label: t(`evaluations.kinds.${k}`) }))}
              data-testid="new-evaluation-kind"
            />
            <TextInput
              {...form.field('date')}
              type="date"
              label={t('evaluations.start.date')}
              value={date}
              max={today()}
              onChange={(e) => setDate(e.currentTarget.value)}
              data-testid="new-evaluation-date"
            />
          </Group>
          <Button
            type="submit"
            w="fit-content"
            loading={start.isPending}
            data-testid="new-evaluation-submit"
          >
            {t('evaluations.start.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

function EvaluationRow({
  evaluation,
  title,
  space,
}: {
  evaluation: EvaluationSummary;
  title: string;
  space: Membership;
}) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  return (
    <Table.Tr data-testid={`evaluation-row-${evaluation.id}`}>
      <Table.Th scope="row" fw={600}>
        <Anchor
          renderRoot={(props) => (
            <Link
              to={PATHS.evaluation}
              params={{ ...spaceParams(space), evaluationId: evaluation.id }}
              {...props}
            />
          )}
        >
          {title}
        </Anchor>
      </Table.Th>
      <Table.Td>{t(`evaluations.kinds.${evaluation.kind}`)}</Table.Td>
      <Table.Td>{formatDay(evaluation.date)}</Table.Td>
      <Table.Td>
        {t('evaluations.list.by', {
          name: evaluation.evaluatorName,
          role: t(`evaluations.roles.${evaluation.evaluatorRole as 'tutor'}`),
        })}
      </Table.Td>
      <Table.Td>
        <StateBadge kind="evaluation" state={evaluation.status}>
          {t(`evaluations.statuses.${evaluation.status}`)}
        </StateBadge>
      </Table.Td>
      <Table.Td>{t('evaluations.list.rated', { count: evaluation.itemCount })}</Table.Td>
    </Table.Tr>
  );
}

/** The candidate's evaluations, and opening a new one for those who record. */
export function CandidateEvaluations({ file, space }: Props) {
  const { t } = useTranslation();
  const evaluations = useQuery(evaluationsQuery(file.id));
  // Candidates may not read instruments (answer keys): the list carries each one's title.
  const catalogue = useQuery({ ...instrumentChoicesQuery, enabled: space.role !== 'candidate' });
  const titleOf = (ref: EvaluationSummary['instrument']) =>
    ref.title || t('evaluations.list.unknownInstrument');
  const choices = instrumentsToOpen(file.instruments, catalogue.data ?? [], space.role);
  const list = evaluations.data ?? [];
  return (
    <Stack gap="sm" data-testid="candidate-evaluations">
      <Title order={2} size="h3">
        {t('evaluations.list.title')}
      </Title>
      {evaluations.isPending ? <Loading /> : null}
      {evaluations.isError ? <LoadError error={evaluations.error} /> : null}
      {evaluations.isSuccess && list.length === 0 ? (
        <Text>{t('evaluations.list.empty')}</Text>
      ) : null}
      {list.length > 0 ? (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="sm" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('evaluations.list.instrument')}</Table.Th>
                <Table.Th scope="col">{t('evaluations.list.kind')}</Table.Th>
                <Table.Th scope="col">{t('evaluations.list.date')}</Table.Th>
                <Table.Th scope="col">{t('evaluations.list.evaluator')}</Table.Th>
                <Table.Th scope="col">{t('evaluations.list.status')}</Table.Th>
                <Table.Th scope="col">{t('evaluations.list.progress')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((e) => (
                <EvaluationRow
                  key={e.id}
                  evaluation={e}
                  title={titleOf(e.instrument)}
                  space={space}
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {file.can.record && catalogue.isSuccess ? (
        choices.length > 0 ? (
          <NewEvaluationForm file={file} space={space} choices={choices} existing={list} />
        ) : (
          <Text c="dimmed" data-testid="no-instrument">
            {t('evaluations.start.none')}
          </Text>
        )
      ) : null}
    </Stack>
  );
}
