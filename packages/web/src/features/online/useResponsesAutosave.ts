// The candidate's answers saved as they go, through the evaluation screen's save queue
// (features/evaluations/useQueuedAutosave.ts): coalesced, retried while the network fails, kept
// in the browser until the server has them, stopped when another tab saved or the time is up.
import { ApiError } from '../../app/apiClient.ts';
import type { SaveOutcome } from '../evaluations/saveQueue.ts';
import {
  type DraftChannel,
  failedSave,
  type QueuedAutosave,
  retryable,
  useQueuedAutosave,
} from '../evaluations/useQueuedAutosave.ts';
import { fetchTakeView, type ResponseMap, saveResponses, type TakeView } from './onlineApi.ts';
import { parseStoredResponses, restoreResponses, sameResponses } from './responses.ts';

/**
 * A 409 is another tab's save, our own save whose answer was lost, or the time being up: the
 * server's view tells which.
 */
async function explainConflict(
  id: string,
  sent: ResponseMap,
  error: ApiError,
): Promise<SaveOutcome> {
  try {
    const server = await fetchTakeView(id);
    if (server.status !== 'in_progress' || server.secondsLeft === 0)
      return { kind: 'refused', error };
    if (sameResponses(sent, server.responses))
      return { kind: 'saved', revision: server.revision, savedAt: new Date().toISOString() };
    return { kind: 'conflict', error };
  } catch (failure) {
    if (failure instanceof ApiError && !retryable(failure))
      return { kind: 'refused', error: failure };
    return { kind: 'retry', error: failure };
  }
}

const RESPONSE_SAVES: DraftChannel<ResponseMap> = {
  storageKey: (evaluationId) => `certeval.questionnaire.${evaluationId}`,
  parse: parseStoredResponses,
  async send(id, responses, revision) {
    try {
      return { kind: 'saved', ...(await saveResponses(id, responses, revision)) };
    } catch (error) {
      return failedSave(error, (conflict) => explainConflict(id, responses, conflict));
    }
  },
  // Answers are clicks more than typing: sent sooner than an evaluator's grid.
  options: { debounceMs: 500, retryMs: 1000, maxRetryMs: 15_000 },
};

export function useResponsesAutosave(view: TakeView): QueuedAutosave<ResponseMap> {
  return useQueuedAutosave(RESPONSE_SAVES, {
    id: view.id,
    draft: view.responses,
    revision: view.revision,
    savedAt: null,
    restore: (stored) => restoreResponses(stored, view),
  });
}
