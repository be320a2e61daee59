import type { Instrument } from '@certeval/core/instruments/schema';
import { Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../ui/ConflictAlert.tsx';
import { today } from '../candidates/useFormatDay.ts';
import type { ResponseMap } from '../online/onlineApi.ts';
import { EvaluationItems } from './EvaluationItems.tsx';
import {
  type ItemValue,
  setItemComment,
  setItemOverride,
  setItemValue,
  unratedItems,
} from './evaluationDraft.ts';
import type { EvaluationDetail } from './evaluationsApi.ts';
import { GridProgressBar } from './GridProgressBar.tsx';
import { SaveStatus } from './SaveStatus.tsx';
import { SubmitPanel } from './SubmitPanel.tsx';
import { useAutosave } from './useAutosave.ts';

type Props = {
  evaluation: EvaluationDetail & { instrument: Instrument };
  onReload: (discard: () => void) => void;
  onSubmitted: () => Promise<void>;
  /** On a VAE booklet: the candidate's answers, shown under each question. */
  candidateAnswers?: ResponseMap | undefined;
};

/** The evaluator fills the instrument: every change autosaved, submitted once complete. */
export function EvaluationEditor({ evaluation, onReload, onSubmitted, candidateAnswers }: Props) {
  const { t } = useTranslation();
  const autosave = useAutosave(evaluation);
  const { draft, state, edit } = autosave;
  const onValue = useCallback(
    (item: string, value: ItemValue | null) => edit((d) => setItemValue(d, item, value)),
    [edit],
  );
  const onComment = useCallback(
    (item: string, comment: string) => edit((d) => setItemComment(d, item, comment)),
    [edit],
  );
  const onOverride = useCallback(
    (item: string, reason: string) => edit((d) => setItemOverride(d, item, reason)),
    [edit],
  );
  const conflict = state.phase === 'conflict';
  return (
    <Stack gap="lg" data-testid="evaluation-editor">
      <SaveStatus state={state} onRetry={autosave.flush} />
      {conflict ? (
        <ConflictAlert
          texts={{
            title: t('evaluations.conflict.title'),
            message: t('evaluations.conflict.message'),
            reload: t('evaluations.conflict.reload'),
            confirmReload: t('evaluations.conflict.confirmReload'),
            confirm: t('evaluations.conflict.confirm'),
            keep: t('evaluations.conflict.keep'),
          }}
          pendingCount={1}
          onReload={() => onReload(autosave.discard)}
          testIdPrefix="evaluation"
        />
      ) : null}
      <Group align="flex-start" grow>
        <TextInput
          type="date"
          label={t('evaluations.fields.date')}
          value={draft.date}
          max={today()}
          onChange={(e) => {
            const date = e.currentTarget.value;
            if (date) edit((d) => ({ ...d, date }));
          }}
          maw={240}
          data-testid="evaluation-date"
        />
      </Group>
      <GridProgressBar instrument={evaluation.instrument} draft={draft} />
      <EvaluationItems
        evaluationId={evaluation.id}
        instrument={evaluation.instrument}
        items={draft.items}
        readOnly={false}
        onValue={onValue}
        onComment={onComment}
        candidateAnswers={candidateAnswers}
        // A questionnaire taken online waits for its grade: its closed questions were scored.
        onOverride={evaluation.status === 'to_grade' ? onOverride : undefined}
      />
      <Textarea
        label={t('evaluations.fields.comment')}
        autosize
        minRows={3}
        maxLength={20000}
        value={draft.comment ?? ''}
        onChange={(e) => {
          const comment = e.currentTarget.value;
          edit((d) => ({ ...d, comment: comment.trim() ? comment : null }));
        }}
        data-testid="evaluation-comment"
      />
      {conflict ? null : (
        <SubmitPanel
          evaluationId={evaluation.id}
          unrated={unratedItems(evaluation.instrument, draft)}
          settle={autosave.settle}
          onSubmitted={onSubmitted}
        />
      )}
    </Stack>
  );
}
