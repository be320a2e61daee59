// The candidate's booklet answers saved as they type, through the same save queue as an
// evaluator's grid and an online questionnaire (features/evaluations/useQueuedAutosave.ts):
// coalesced, retried while the network fails, kept in the browser until the server has them,
// stopped when another tab saved or the booklet was submitted.
import { ApiError } from '../../app/apiClient.ts';
import type { SaveOutcome } from '../evaluations/saveQueue.ts';
import {
  type DraftChannel,
  failedSave,
  type QueuedAutosave,
  retryable,
  useQueuedAutosave,
} from '../evaluations/useQueuedAutosave.ts';
import type { ResponseMap } from '../online/onlineApi.ts';
import { parseStoredResponses, restoreResponses, sameResponses } from '../online/responses.ts';
import { fetchVaeBooklet, saveVaeAnswers, type VaeBooklet } from './vaeApi.ts';

/** A 409 is another tab's save, our own save whose answer was lost, or a submitted booklet. */
async function explainConflict(
  candidateId: string,
  sent: ResponseMap,
  error: ApiError,
): Promise<SaveOutcome> {
  if (error.code === 'booklet_submitted') return { kind: 'refused', error };
  try {
    const server = await fetchVaeBooklet(candidateId);
    if (server.status !== 'draft') return { kind: 'refused', error };
    if (sameResponses(sent, server.responses))
      return { kind: 'saved', revision: server.revision, savedAt: new Date().toISOString() };
    return { kind: 'conflict', error };
  } catch (failure) {
    if (failure instanceof ApiError && !retryable(failure))
      return { kind: 'refused', error: failure };
    return { kind: 'retry', error: failure };
  }
}

const BOOKLET_SAVES: DraftChannel<ResponseMap> = {
  storageKey: (candidateId) => `certeval.vae-booklet.${candidateId}`,
  parse: parseStoredResponses,
  async send(candidateId, responses, revision) {
    try {
      return { kind: 'saved', ...(await saveVaeAnswers(candidateId, responses, revision)) };
    } catch (error) {
      return failedSave(error, (conflict) => explainConflict(candidateId, responses, conflict));
    }
  },
  // Long texts typed: sent a moment after the typing pauses.
  options: { debounceMs: 800, retryMs: 1000, maxRetryMs: 15_000 },
};

export function useBookletAutosave(view: VaeBooklet): QueuedAutosave<ResponseMap> {
  return useQueuedAutosave(BOOKLET_SAVES, {
    id: view.candidateId,
    draft: view.responses,
    revision: view.revision,
    savedAt: null,
    restore: (stored) => restoreResponses(stored, view),
  });
}
