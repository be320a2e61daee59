// The candidate's answers saved as they go, through the evaluation screen's save queue
// (features/evaluations/saveQueue.ts): coalesced, retried while the network fails, kept in the
// browser until the server has them, stopped when another tab saved or the time is up.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, NETWORK_ERROR_STATUS } from '../../app/apiClient.ts';
import { readStorage, writeStorage } from '../../app/storage.ts';
import {
  createSaveQueue,
  initialQueueState,
  type QueueState,
  type SaveOutcome,
  type SaveQueue,
} from '../evaluations/saveQueue.ts';
import { fetchTakeView, type ResponseMap, saveResponses, type TakeView } from './onlineApi.ts';
import { parseStoredResponses, restoreResponses, sameResponses } from './responses.ts';

export const responsesKey = (evaluationId: string) => `certeval.questionnaire.${evaluationId}`;

function removeStorage(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Nothing was stored where storage is unavailable.
  }
}

function retryable(error: ApiError): boolean {
  return error.status === NETWORK_ERROR_STATUS || error.status >= 500 || error.status === 429;
}

/**
 * A 409 is another tab's save, our own save whose answer was lost, or the time being up: the
 * server's view tells which.
 */
async function explainConflict(id: string, sent: ResponseMap, error: ApiError) {
  try {
    const server = await fetchTakeView(id);
    if (server.status !== 'in_progress' || server.secondsLeft === 0)
      return { kind: 'refused', error } satisfies SaveOutcome;
    if (sameResponses(sent, server.responses))
      return {
        kind: 'saved',
        revision: server.revision,
        savedAt: new Date().toISOString(),
      } as const;
    return { kind: 'conflict', error } as const;
  } catch (failure) {
    if (failure instanceof ApiError && !retryable(failure))
      return { kind: 'refused', error: failure } as const;
    return { kind: 'retry', error: failure } as const;
  }
}

async function send(id: string, responses: ResponseMap, revision: number): Promise<SaveOutcome> {
  try {
    return { kind: 'saved', ...(await saveResponses(id, responses, revision)) };
  } catch (error) {
    if (!(error instanceof ApiError) || retryable(error)) return { kind: 'retry', error };
    if (error.status === 409) return explainConflict(id, responses, error);
    if (error.status === 400) return { kind: 'invalid', error };
    return { kind: 'refused', error };
  }
}

function startingPoint(view: TakeView) {
  const stored = parseStoredResponses(readStorage(responsesKey(view.id)));
  const decision = restoreResponses(stored, view);
  const base = initialQueueState<ResponseMap>(view.revision);
  if (decision.kind === 'server') {
    removeStorage(responsesKey(view.id));
    return { responses: view.responses, state: base };
  }
  return {
    responses: decision.draft,
    state: {
      ...base,
      phase: decision.kind === 'resume' ? ('waiting' as const) : ('conflict' as const),
      pending: decision.draft,
      revision: decision.kind === 'resume' ? view.revision : (stored?.revision ?? 0),
    },
  };
}

/** A queue taking over from a disposed one (effects remount in development) resends its save. */
function resumed(previous: QueueState<ResponseMap>): QueueState<ResponseMap> {
  if (!previous.sending) return previous;
  return {
    ...previous,
    pending: previous.pending ?? previous.sending,
    sending: null,
    phase: 'waiting',
  };
}

export type ResponsesAutosave = {
  responses: ResponseMap;
  state: QueueState<ResponseMap>;
  edit: (change: (responses: ResponseMap) => ResponseMap) => void;
  flush: () => void;
  settle: () => Promise<QueueState<ResponseMap>>;
  discard: () => void;
};

export function useResponsesAutosave(view: TakeView): ResponsesAutosave {
  const [start] = useState(() => startingPoint(view));
  const [responses, setResponses] = useState(start.responses);
  const [state, setState] = useState(start.state);
  const latest = useRef(start.responses);
  const queueRef = useRef<SaveQueue<ResponseMap> | null>(null);
  const id = view.id;

  useEffect(() => {
    const key = responsesKey(id);
    const queue = createSaveQueue<ResponseMap>(
      resumed(queueRef.current?.state() ?? start.state),
      {
        send: (r, revision) => send(id, r, revision),
        store: {
          write: (stored) => writeStorage(key, JSON.stringify(stored)),
          clear: () => removeStorage(key),
        },
        schedule: (run, ms) => {
          const timer = window.setTimeout(run, ms);
          return () => window.clearTimeout(timer);
        },
        now: () => Date.now(),
        onChange: setState,
      },
      // Answers are clicks more than typing: sent sooner than an evaluator's grid.
      { debounceMs: 500, retryMs: 1000, maxRetryMs: 15_000 },
    );
    queueRef.current = queue;
    if (queue.state().phase === 'waiting') queue.flush();
    const online = () => queue.flush();
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      queue.dispose();
    };
  }, [id, start.state]);

  const edit = useCallback((change: (r: ResponseMap) => ResponseMap) => {
    const next = change(latest.current);
    latest.current = next;
    setResponses(next);
    queueRef.current?.edit(next);
  }, []);

  return {
    responses,
    state,
    edit,
    flush: () => queueRef.current?.flush(),
    settle: () => queueRef.current?.settle() ?? Promise.resolve(state),
    discard: () => removeStorage(responsesKey(id)),
  };
}
