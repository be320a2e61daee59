// An evaluator's grid saved as they fill it, through the save queue: the draft sent without the
// comments still awaiting their value, kept in the browser until the server has it.
import type { ApiError } from '../../app/apiClient.ts';
import { draftKey } from '../../app/storage.ts';
import { type EvaluationDraft, sameDraft, sendable } from './evaluationDraft.ts';
import {
  draftOf,
  type EvaluationDetail,
  fetchEvaluation,
  saveEvaluation,
} from './evaluationsApi.ts';
import { parseStoredDraft, restoreDecision } from './restoreDraft.ts';
import type { SaveOutcome } from './saveQueue.ts';
import {
  type DraftChannel,
  failedSave,
  type QueuedAutosave,
  useQueuedAutosave,
} from './useQueuedAutosave.ts';

/**
 * A 409 may be our own save whose answer was lost on the way back: the retry then builds on
 * a revision the server has passed. If the server holds exactly this draft, it is saved.
 */
async function confirmConflict(
  id: string,
  sent: EvaluationDraft,
  conflict: ApiError,
): Promise<SaveOutcome> {
  // Another 409 (the evaluation submitted meanwhile) is a refusal.
  if (conflict.code !== 'conflict') return { kind: 'refused', error: conflict };
  try {
    const server = await fetchEvaluation(id);
    return sameDraft(sent, draftOf(server))
      ? { kind: 'saved', revision: server.revision, savedAt: server.updatedAt }
      : { kind: 'conflict', error: conflict };
  } catch (error) {
    return { kind: 'retry', error };
  }
}

const EVALUATION_SAVES: DraftChannel<EvaluationDraft> = {
  storageKey: (evaluationId) => draftKey('evaluation', evaluationId),
  parse: parseStoredDraft,
  async send(id, draft, revision) {
    const body = sendable(draft);
    try {
      return { kind: 'saved', ...(await saveEvaluation(id, body, revision)) };
    } catch (error) {
      return failedSave(error, (conflict) => confirmConflict(id, body, conflict));
    }
  },
};

export function useAutosave(evaluation: EvaluationDetail): QueuedAutosave<EvaluationDraft> {
  const draft = draftOf(evaluation);
  return useQueuedAutosave(EVALUATION_SAVES, {
    id: evaluation.id,
    draft,
    revision: evaluation.revision,
    savedAt: evaluation.updatedAt,
    restore: (stored) => restoreDecision(stored, { ...evaluation, draft }),
  });
}
