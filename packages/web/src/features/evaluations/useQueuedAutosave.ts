// The React side of the save queue (saveQueue.ts), for any draft: the draft shown on screen, the
// queue sending it, the browser storage keeping it until acknowledged, and a new attempt as soon
// as the browser is back online. An evaluator's grid (useAutosave.ts) and a candidate's answers
// (features/online) differ only in how their draft is stored, read back and sent.
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, NETWORK_ERROR_STATUS } from '../../app/apiClient.ts';
import { onSessionResumed } from '../../app/session.ts';
import { readStorage, removeStorage, writeStorage } from '../../app/storage.ts';
import {
  createSaveQueue,
  initialQueueState,
  type QueueOptions,
  type QueueState,
  type RestoreDecision,
  type SaveOutcome,
  type SaveQueue,
  type StoredDraft,
} from './saveQueue.ts';

/** How one kind of draft is kept in the browser and sent to the server. */
export type DraftChannel<D> = {
  storageKey: (id: string) => string;
  /** A stored value read back, if it still has the expected shape. */
  parse: (text: string | null) => StoredDraft<D> | undefined;
  send: (id: string, draft: D, revision: number) => Promise<SaveOutcome>;
  options?: QueueOptions;
};

/** What the server holds as the screen opens, and what it makes of a draft kept meanwhile. */
export type OpenedDraft<D> = {
  id: string;
  draft: D;
  revision: number;
  savedAt: string | null;
  restore: (stored: StoredDraft<D> | undefined) => RestoreDecision<D>;
};

export type QueuedAutosave<D> = {
  draft: D;
  state: QueueState<D>;
  edit: (change: (draft: D) => D) => void;
  flush: () => void;
  settle: () => Promise<QueueState<D>>;
  /** Forgets the draft kept in the browser (after a conflict, before reloading). */
  discard: () => void;
};

/** Failures worth another attempt: the network, the server down or overloaded. */
export function retryable(error: ApiError): boolean {
  return error.status === NETWORK_ERROR_STATUS || error.status >= 500 || error.status === 429;
}

/**
 * What a failed save means for the queue: another attempt (network, server), a wait for the
 * person to sign in again (401), a stop (400 the draft refused, 403, 404…), or for a 409 what
 * `onConflict` finds out.
 */
export async function failedSave(
  error: unknown,
  onConflict: (conflict: ApiError) => Promise<SaveOutcome>,
): Promise<SaveOutcome> {
  if (!(error instanceof ApiError) || retryable(error)) return { kind: 'retry', error };
  if (error.status === 401) return { kind: 'signedOut', error };
  if (error.status === 409) return onConflict(error);
  if (error.status === 400) return { kind: 'invalid', error };
  return { kind: 'refused', error };
}

function startingPoint<D>(channel: DraftChannel<D>, opened: OpenedDraft<D>) {
  const key = channel.storageKey(opened.id);
  const stored = channel.parse(readStorage(key));
  const decision = opened.restore(stored);
  const base = initialQueueState<D>(opened.revision, opened.savedAt);
  if (decision.kind === 'server') {
    removeStorage(key);
    return { draft: opened.draft, state: base };
  }
  const resume = decision.kind === 'resume';
  const state: QueueState<D> = {
    ...base,
    phase: resume ? 'waiting' : 'conflict',
    pending: decision.draft,
    // A conflicting draft stays stored on the revision it was built on.
    revision: resume ? opened.revision : (stored?.revision ?? 0),
  };
  return { draft: decision.draft, state };
}

/**
 * The state a new queue takes over from a disposed one (React remounts effects in development):
 * a save the old queue had on its way is sent again, as the answer would reach nobody.
 */
function resumed<D>(previous: QueueState<D>): QueueState<D> {
  if (!previous.sending) return previous;
  return {
    ...previous,
    pending: previous.pending ?? previous.sending,
    sending: null,
    phase: 'waiting',
  };
}

export function useQueuedAutosave<D>(
  channel: DraftChannel<D>,
  opened: OpenedDraft<D>,
): QueuedAutosave<D> {
  const [start] = useState(() => startingPoint(channel, opened));
  const [draft, setDraft] = useState(start.draft);
  const [state, setState] = useState(start.state);
  const draftRef = useRef(start.draft);
  const queueRef = useRef<SaveQueue<D> | null>(null);
  const id = opened.id;

  useEffect(() => {
    const key = channel.storageKey(id);
    const queue = createSaveQueue<D>(
      resumed(queueRef.current?.state() ?? start.state),
      {
        send: (d, revision) => channel.send(id, d, revision),
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
      channel.options,
    );
    queueRef.current = queue;
    if (queue.state().phase === 'waiting') queue.flush();
    const online = () => queue.flush();
    window.addEventListener('online', online);
    const stopWaiting = onSessionResumed(() => queue.flush());
    return () => {
      window.removeEventListener('online', online);
      stopWaiting();
      queue.dispose();
    };
  }, [channel, id, start.state]);

  const edit = useCallback((change: (d: D) => D) => {
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
    discard: () => removeStorage(channel.storageKey(id)),
  };
}
