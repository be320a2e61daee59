// The React side of the save queue: the draft shown on screen, the queue sending it, the
// browser storage keeping it until acknowledged, and a new attempt as soon as the browser is
// back online.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, NETWORK_ERROR_STATUS } from '../../app/apiClient.ts';
import { readStorage, writeStorage } from '../../app/storage.ts';
import { type EvaluationDraft, sameDraft, sendable } from './evaluationDraft.ts';
import {
  draftOf,
  type EvaluationDetail,
  fetchEvaluation,
  saveEvaluation,
} from './evaluationsApi.ts';
import { parseStoredDraft, restoreDecision } from './restoreDraft.ts';
import {
  createSaveQueue,
  initialQueueState,
  type QueueState,
  type SaveOutcome,
  type SaveQueue,
} from './saveQueue.ts';

export const storageKey = (evaluationId: string) => `certeval.evaluation.${evaluationId}`;

function removeStorage(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Nothing was stored where storage is unavailable.
  }
}

/** Failures worth another attempt: the network, the server down or overloaded. */
function retryable(error: ApiError): boolean {
  return error.status === NETWORK_ERROR_STATUS || error.status >= 500 || error.status === 429;
}

async function sendDraft(id: string, draft: EvaluationDraft, revision: number) {
  const body = sendable(draft);
  try {
    const saved = await saveEvaluation(id, body, revision);
    return { kind: 'saved', ...saved } satisfies SaveOutcome;
  } catch (error) {
    if (!(error instanceof ApiError) || retryable(error)) return { kind: 'retry', error } as const;
    if (error.status === 409 && error.code === 'conflict') return confirmConflict(id, body, error);
    if (error.status === 400) return { kind: 'invalid', error } as const;
    return { kind: 'refused', error } as const;
  }
}

/**
 * A 409 may be our own save whose answer was lost on the way back: the retry then builds on
 * a revision the server has passed. If the server holds exactly this draft, it is saved.
 */
async function confirmConflict(
  id: string,
  sent: EvaluationDraft,
  conflict: ApiError,
): Promise<SaveOutcome> {
  try {
    const server = await fetchEvaluation(id);
    return sameDraft(sent, draftOf(server))
      ? { kind: 'saved', revision: server.revision, savedAt: server.updatedAt }
      : { kind: 'conflict', error: conflict };
  } catch (error) {
    return { kind: 'retry', error };
  }
}

function startingPoint(evaluation: EvaluationDetail) {
  const server = draftOf(evaluation);
  const stored = parseStoredDraft(readStorage(storageKey(evaluation.id)));
  const decision = restoreDecision(stored, { ...evaluation, draft: server });
  const base = initialQueueState(evaluation.revision, evaluation.updatedAt);
  if (decision.kind === 'server') {
    removeStorage(storageKey(evaluation.id));
    return { draft: server, state: base };
  }
  return {
    draft: decision.draft,
    state: {
      ...base,
      phase: decision.kind === 'resume' ? ('waiting' as const) : ('conflict' as const),
      pending: decision.draft,
      // A conflicting draft stays stored on the revision it was built on.
      revision: decision.kind === 'resume' ? evaluation.revision : (stored?.revision ?? 0),
    },
  };
}

/**
 * The state a new queue takes over from a disposed one (React remounts effects in development):
 * a save the old queue had on its way is sent again, as the answer would reach nobody.
 */
function resumed(previous: QueueState): QueueState {
  const pending = previous.pending ?? previous.sending;
  if (!previous.sending) return previous;
  return { ...previous, pending, sending: null, phase: 'waiting' };
}

export type Autosave = {
  draft: EvaluationDraft;
  state: QueueState;
  edit: (change: (draft: EvaluationDraft) => EvaluationDraft) => void;
  flush: () => void;
  settle: () => Promise<QueueState>;
  /** Forgets the draft kept in the browser (after a conflict, before reloading). */
  discard: () => void;
};

export function useAutosave(evaluation: EvaluationDetail): Autosave {
  const [start] = useState(() => startingPoint(evaluation));
  const [draft, setDraft] = useState(start.draft);
  const [state, setState] = useState(start.state);
  const draftRef = useRef(start.draft);
  const queueRef = useRef<SaveQueue | null>(null);
  const id = evaluation.id;

  useEffect(() => {
    const key = storageKey(id);
    const queue = createSaveQueue(resumed(queueRef.current?.state() ?? start.state), {
      send: (d, revision) => sendDraft(id, d, revision),
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
    });
    queueRef.current = queue;
    if (queue.state().phase === 'waiting') queue.flush();
    const online = () => queue.flush();
    window.addEventListener('online', online);
    return () => {
      window.removeEventListener('online', online);
      queue.dispose();
    };
  }, [id, start.state]);

  const edit = useCallback((change: (d: EvaluationDraft) => EvaluationDraft) => {
    const next = change(draftRef.current);
    draftRef.current = next;
    setDraft(next);
    queueRef.current?.edit(next);
  }, []);

  return {
    draft,
    state,
    edit,
    flush: () => queueRef.current?.flush(),
    settle: () => queueRef.current?.settle() ?? Promise.resolve(state),
    discard: () => removeStorage(storageKey(id)),
  };
}
