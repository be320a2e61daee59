// The candidate's booklet answers saved as they type, through the same save queue as an
// evaluator's grid and an online questionnaire (features/evaluations/useQueuedAutosave.ts):
// coalesced, retried while the network fails, kept in the browser until the server has them,
// stopped when another tab saved or the booklet was submitted.
import { draftKey } from '../../app/storage.ts';
import { type QueuedAutosave, useQueuedAutosave } from '../evaluations/useQueuedAutosave.ts';
import type { ResponseMap } from '../online/onlineApi.ts';
import { restoreResponses } from '../online/responses.ts';
import { answersChannel } from '../online/useResponsesAutosave.ts';
import { fetchVaeBooklet, saveVaeAnswers, type VaeBooklet } from './vaeApi.ts';

const BOOKLET_SAVES = answersChannel({
  storageKey: (candidateId) => draftKey('booklet', candidateId),
  save: saveVaeAnswers,
  async serverView(candidateId) {
    const server = await fetchVaeBooklet(candidateId);
    return { ...server, open: server.status === 'draft' };
  },
  closedCode: 'booklet_submitted',
  // Long texts typed: sent a moment after the typing pauses.
  options: { debounceMs: 800, retryMs: 1000, maxRetryMs: 15_000 },
});

export function useBookletAutosave(view: VaeBooklet): QueuedAutosave<ResponseMap> {
  return useQueuedAutosave(BOOKLET_SAVES, {
    id: view.candidateId,
    draft: view.responses,
    revision: view.revision,
    savedAt: null,
    restore: (stored) => restoreResponses(stored, view),
  });
}
