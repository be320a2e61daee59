// The candidate's answers saved as they go, through the evaluation screen's save queue
// (features/evaluations/useQueuedAutosave.ts): coalesced, retried while the network fails, kept
// in the browser until the server has them, stopped when another tab saved or the time is up.
import { ApiError } from '../../app/apiClient.ts';
import { draftKey } from '../../app/storage.ts';
import type { QueueOptions, SaveOutcome } from '../evaluations/saveQueue.ts';
import {
  type DraftChannel,
  failedSave,
  type QueuedAutosave,
  retryable,
  useQueuedAutosave,
} from '../evaluations/useQueuedAutosave.ts';
import { fetchTakeView, type ResponseMap, saveResponses, type TakeView } from './onlineApi.ts';
import { parseStoredResponses, restoreResponses, sameResponses } from './responses.ts';

/** Where a form of answers is saved, and how the server says whether it still changes. */
type AnswersChannel = {
  storageKey: (id: string) => string;
  save: (id: string, responses: ResponseMap, revision: number) => Promise<SaveResult>;
  /** The answers the server holds, and whether they may still change. */
  serverView: (id: string) => Promise<{ open: boolean; revision: number; responses: ResponseMap }>;
  /** A 409's code that says the answers are closed, without asking the server. */
  closedCode?: string;
  options: QueueOptions;
};

type SaveResult = { revision: number; savedAt: string };

/**
 * The save channel of a candidate's answers (a questionnaire online, a VAE booklet). A 409 is
 * another tab's save, our own save whose answer was lost, or the answers closed (time up,
 * submitted): the server's view tells which.
 */
export function answersChannel(channel: AnswersChannel): DraftChannel<ResponseMap> {
  async function explainConflict(
    id: string,
    sent: ResponseMap,
    error: ApiError,
  ): Promise<SaveOutcome> {
    if (channel.closedCode && error.code === channel.closedCode) return { kind: 'refused', error };
    try {
      const server = await channel.serverView(id);
      if (!server.open) return { kind: 'refused', error };
      if (sameResponses(sent, server.responses))
        return { kind: 'saved', revision: server.revision, savedAt: new Date().toISOString() };
      return { kind: 'conflict', error };
    } catch (failure) {
      if (failure instanceof ApiError && !retryable(failure))
        return { kind: 'refused', error: failure };
      return { kind: 'retry', error: failure };
    }
  }
  return {
    storageKey: channel.storageKey,
    parse: parseStoredResponses,
    async send(id, responses, revision) {
      try {
        return { kind: 'saved', ...(await channel.save(id, responses, revision)) };
      } catch (error) {
        return failedSave(error, (conflict) => explainConflict(id, responses, conflict));
      }
    },
    options: channel.options,
  };
}

const RESPONSE_SAVES = answersChannel({
  storageKey: (evaluationId) => draftKey('questionnaire', evaluationId),
  save: saveResponses,
  async serverView(id) {
    const server = await fetchTakeView(id);
    return { ...server, open: server.status === 'in_progress' && server.secondsLeft !== 0 };
  },
  // Answers are clicks more than typing: sent sooner than an evaluator's grid.
  options: { debounceMs: 500, retryMs: 1000, maxRetryMs: 15_000 },
});

export function useResponsesAutosave(view: TakeView): QueuedAutosave<ResponseMap> {
  return useQueuedAutosave(RESPONSE_SAVES, {
    id: view.id,
    draft: view.responses,
    revision: view.revision,
    savedAt: null,
    restore: (stored) => restoreResponses(stored, view),
  });
}
