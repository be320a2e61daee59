import {
  ActionIcon,
  Badge,
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
import IconDeviceFloppy from '@tabler/icons-react/icons/IconDeviceFloppy';
import { useMutation } from '@tanstack/react-query';
import { memo, useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/apiClient.ts';
import { ConflictAlert } from '../../ui/ConflictAlert.tsx';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { useErrorMessage } from '../../ui/useErrorMessage.ts';
import { PLAN_MODALITIES, type PlanEntry, savePlan } from './candidatesApi.ts';
import {
  type PlanBasis,
  planChanged,
  removeEntry,
  totalHours,
  updateEntry,
} from './positioningModel.ts';

type Props = {
  candidateId: string;
  basis: PlanBasis;
  editable: boolean;
  onSaved: () => Promise<void>;
  onReload: () => void;
};

type Patch = Parameters<typeof updateEntry>[2];

/** One line of the plan; memoised: a keystroke in one line redraws only that line. */
const PlanRow = memo(function PlanRow({
  entry,
  index,
  editable,
  onChange,
  onRemove,
}: {
  entry: PlanEntry;
  index: number;
  editable: boolean;
  onChange: (index: number, patch: Patch) => void;
  onRemove: (index: number) => void;
}) {
  const { t } = useTranslation();
  const of = { competence: entry.competence };
  return (
    <Table.Tr data-testid={`plan-${entry.competence}`}>
      <Table.Th scope="row" fw={500}>
        <Text span fw={700} mr={6}>
          {entry.competence}
        </Text>
        {entry.label}
      </Table.Th>
      <Table.Td>
        <Badge color={entry.priority === 'high' ? 'red.9' : 'gray.7'}>
          {t(`candidates.plan.priorities.${entry.priority}`)}
        </Badge>
      </Table.Td>
      {editable ? (
        <>
          <Table.Td>
            <NativeSelect
              aria-label={t('candidates.plan.modalityOf', of)}
              value={entry.modality}
              onChange={(e) =>
                onChange(index, { modality: e.currentTarget.value as PlanEntry['modality'] })
              }
              data={PLAN_MODALITIES.map((m) => ({
                value: m,
                label: t(`candidates.plan.modalities.${m}`),
              }))}
            />
          </Table.Td>
          <Table.Td>
            {/* A plain number field: a plan has dozens of lines, each redrawn on load. */}
            <TextInput
              type="number"
              inputMode="numeric"
              aria-label={t('candidates.plan.hoursOf', of)}
              min={0}
              max={2000}
              step={1}
              value={entry.hours ?? ''}
              onChange={(e) => onChange(index, { hours: hoursOf(e.currentTarget.value) })}
              w={96}
              data-testid={`plan-hours-${entry.competence}`}
            />
          </Table.Td>
          <Table.Td>
            <TextInput
              aria-label={t('candidates.plan.noteOf', of)}
              maxLength={2000}
              value={entry.note ?? ''}
              onChange={(e) => onChange(index, { note: e.currentTarget.value })}
            />
          </Table.Td>
          <Table.Td>
            <ActionIcon
              variant="default"
              aria-label={t('candidates.plan.remove', of)}
              onClick={() => onRemove(index)}
            >
              ×
            </ActionIcon>
          </Table.Td>
        </>
      ) : (
        <>
          <Table.Td>{t(`candidates.plan.modalities.${entry.modality}`)}</Table.Td>
          <Table.Td>{entry.hours ?? '—'}</Table.Td>
          <Table.Td>{entry.note ?? ''}</Table.Td>
        </>
      )}
    </Table.Tr>
  );
});

/** Hours typed: a whole number from 0 to 2000, or none. */
function hoursOf(text: string): number | undefined {
  const value = Number(text);
  return text.trim() === '' || !Number.isFinite(value)
    ? undefined
    : Math.min(2000, Math.max(0, Math.round(value)));
}

/** The training plan: suggested by the positioning, edited and saved against its revision. */
export function PlanEditor({ candidateId, basis, editable, onSaved, onReload }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const errorMessage = useErrorMessage();
  const [entries, setEntries] = useState(basis.entries);
  const changed = planChanged(basis, entries);
  const change = useCallback(
    (index: number, patch: Patch) => setEntries((list) => updateEntry(list, index, patch)),
    [],
  );
  const remove = useCallback((index: number) => setEntries((list) => removeEntry(list, index)), []);
  const save = useMutation({
    mutationFn: () => savePlan(candidateId, entries, basis.revision),
    onSuccess: onSaved,
  });
  const conflict = save.error instanceof ApiError && save.error.status === 409;
  return (
    <Paper withBorder p="md" data-testid="plan-editor">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3" id={headingId}>
            {t('candidates.plan.title')}
          </Title>
          <Text size="sm" role="status" data-testid="plan-state">
            {basis.suggested
              ? t('candidates.plan.suggested')
              : t('candidates.plan.savedRevision', { revision: basis.revision })}
          </Text>
        </Group>
        {entries.length === 0 ? <Text>{t('candidates.plan.empty')}</Text> : null}
        {entries.length > 0 ? (
          <Table.ScrollContainer minWidth={760}>
            <Table verticalSpacing="xs" aria-labelledby={headingId}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('candidates.plan.competence')}</Table.Th>
                  <Table.Th scope="col">{t('candidates.plan.priority')}</Table.Th>
                  <Table.Th scope="col">{t('candidates.plan.modality')}</Table.Th>
                  <Table.Th scope="col">{t('candidates.plan.hours')}</Table.Th>
                  <Table.Th scope="col">{t('candidates.plan.note')}</Table.Th>
                  {editable ? (
                    <Table.Th scope="col">{t('candidates.plan.actions')}</Table.Th>
                  ) : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {entries.map((entry, k) => (
                  <PlanRow
                    key={entry.competence}
                    entry={entry}
                    index={k}
                    editable={editable}
                    onChange={change}
                    onRemove={remove}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
        <Text size="sm">{t('candidates.plan.total', { count: totalHours(entries) })}</Text>
        {conflict ? (
          <ConflictAlert
            texts={{
              title: t('candidates.plan.conflictTitle'),
              message: t('candidates.plan.conflict'),
              reload: t('candidates.conflict.reload'),
              confirmReload: t('candidates.conflict.confirmReload'),
              confirm: t('candidates.conflict.confirm'),
              keep: t('candidates.conflict.keep'),
            }}
            pendingCount={changed ? 1 : 0}
            onReload={onReload}
            testIdPrefix="plan"
          />
        ) : null}
        {editable ? (
          <Group>
            <Button
              leftSection={<IconDeviceFloppy size={16} aria-hidden />}
              onClick={() => save.mutate()}
              loading={save.isPending}
              disabled={!changed}
              data-testid="plan-save"
            >
              {t('candidates.plan.save')}
            </Button>
          </Group>
        ) : null}
        <LiveMessage message={save.error && !conflict ? errorMessage(save.error) : null} />
      </Stack>
    </Paper>
  );
}
