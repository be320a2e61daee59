// The autosave of an evaluation (issue 5, item 6: "a flaky network loses nothing"), without
// React: edits are coalesced into the one latest draft, sent one save at a time on the revision
// the last acknowledged save returned, retried with a growing delay while the network or the
// server fails, and kept in the browser's storage until the server acknowledges them. When the
// session ended (401), the queue waits for the person to sign in again, then sends (issue 16). A
// conflict (someone else saved: 409), a refused draft (400) or a refusal (403, 404, submitted)
// stop the retries: nothing is ever sent over someone else's save. The draft's type is a
// parameter: the online questionnaire (features/online) queues the candidate's responses.
import type { EvaluationDraft } from './evaluationDraft.ts';

export type SavePhase =
  /** Nothing to send: every edit is acknowledged. */
  | 'idle'
  /** An edit waits for the typing to pause. */
  | 'waiting'
  | 'saving'
  /** The last attempt failed (network, server): the next one is scheduled. */
  | 'retrying'
  /** Someone saved meanwhile: stopped, the edit kept, the person decides. */
  | 'conflict'
  /** The server refused the draft's content: stopped until the next edit. */
  | 'invalid'
  /** The evaluation may no longer be written (submitted, rights withdrawn). */
  | 'refused'
  /** The session ended: kept, sent once the person has signed in again (flush). */
  | 'signedOut';

export type SaveOutcome =
  | { kind: 'saved'; revision: number; savedAt: string }
  | { kind: 'retry'; error: unknown }
  | { kind: 'conflict' | 'invalid' | 'refused' | 'signedOut'; error: unknown };

export type QueueState<D = EvaluationDraft> = {
  phase: SavePhase;
  /** The revision the next save is based on: the last one the server acknowledged. */
  revision: number;
  /** The latest edit not sent yet (or to send again). */
  pending: D | null;
  /** The save on its way to the server. */
  sending: D | null;
  /** Failed attempts in a row. */
  attempts: number;
  /** When the server last acknowledged a save (its clock, ISO). */
  savedAt: string | null;
  /** When the next attempt runs, while retrying (epoch ms). */
  retryAt: number | null;
  error: unknown;
};

/** What is kept in the browser until acknowledged: the draft and the revision it builds on. */
export type StoredDraft<D = EvaluationDraft> = { revision: number; draft: D; keptAt: string };

/** Reopening with a draft still kept in the browser: what the screen starts from. */
export type RestoreDecision<D = EvaluationDraft> =
  /** Nothing kept, or kept and already on the server: start from the server's draft. */
  | { kind: 'server' }
  /** Kept and built on the server's revision: show it and send it. */
  | { kind: 'resume'; draft: D }
  /** Kept, but the server moved on with something else: ask, never send it. */
  | { kind: 'conflict'; draft: D };

export type QueueOptions = {
  debounceMs: number;
  /** First retry delay, doubled at each failure up to maxRetryMs. */
  retryMs: number;
  maxRetryMs: number;
};

export const DEFAULT_QUEUE_OPTIONS: QueueOptions = {
  debounceMs: 800,
  retryMs: 1000,
  maxRetryMs: 30_000,
};

export type QueueDeps<D = EvaluationDraft> = {
  send: (draft: D, revision: number) => Promise<SaveOutcome>;
  store: {
    write: (stored: StoredDraft<D>) => void;
    clear: () => void;
  };
  /** setTimeout-like; returns a function that cancels. */
  schedule: (run: () => void, ms: number) => () => void;
  now: () => number;
  onChange: (state: QueueState<D>) => void;
};

/** The delay before attempt n+1 after n failures in a row: 1 s, 2 s, 4 s… capped. */
export function retryDelay(attempts: number, options: QueueOptions): number {
  return Math.min(options.maxRetryMs, options.retryMs * 2 ** Math.max(0, attempts - 1));
}

const STOPPED: readonly SavePhase[] = ['conflict', 'refused'];

export function initialQueueState<D = EvaluationDraft>(
  revision: number,
  savedAt: string | null = null,
): QueueState<D> {
  return {
    phase: 'idle',
    revision,
    pending: null,
    sending: null,
    attempts: 0,
    savedAt,
    retryAt: null,
    error: null,
  };
}

/** The edit not acknowledged yet, if any: the newest of the pending and the sending one. */
export function unsaved<D>(state: QueueState<D>): D | null {
  return state.pending ?? state.sending;
}

export type SaveQueue<D = EvaluationDraft> = {
  /** A new draft replaces any edit not sent yet; it is sent once the typing pauses. */
  edit: (draft: D) => void;
  /** Sends now what waits (after a pause or a failure): "save now", back online. */
  flush: () => void;
  /** Resolves once nothing waits any more, or the queue stopped or is waiting to retry. */
  settle: () => Promise<QueueState<D>>;
  state: () => QueueState<D>;
  dispose: () => void;
};

export function createSaveQueue<D = EvaluationDraft>(
  start: QueueState<D>,
  deps: QueueDeps<D>,
  options: QueueOptions = DEFAULT_QUEUE_OPTIONS,
): SaveQueue<D> {
  let state = start;
  let cancelTimer: (() => void) | null = null;
  let disposed = false;
  let waiters: Array<(s: QueueState<D>) => void> = [];

  const settled = (s: QueueState<D>) =>
    s.sending === null &&
    (s.pending === null ||
      s.phase === 'retrying' ||
      s.phase === 'invalid' ||
      s.phase === 'signedOut' ||
      STOPPED.includes(s.phase));

  function update(next: QueueState<D>) {
    state = next;
    const left = unsaved(state);
    if (left)
      deps.store.write({
        revision: state.revision,
        draft: left,
        keptAt: new Date(deps.now()).toISOString(),
      });
    else deps.store.clear();
    deps.onChange(state);
    if (settled(state)) {
      const resolve = waiters;
      waiters = [];
      for (const w of resolve) w(state);
    }
  }

  function clearTimer() {
    cancelTimer?.();
    cancelTimer = null;
  }

  function later(ms: number) {
    clearTimer();
    cancelTimer = deps.schedule(() => {
      cancelTimer = null;
      send();
    }, ms);
  }

  function send() {
    if (disposed || state.sending || !state.pending || STOPPED.includes(state.phase)) return;
    clearTimer();
    const draft = state.pending;
    update({ ...state, phase: 'saving', sending: draft, pending: null, retryAt: null });
    void deps
      .send(draft, state.revision)
      .then(received, (error: unknown) => received({ kind: 'retry', error }));
  }

  function received(outcome: SaveOutcome) {
    if (disposed) return;
    const sent = state.sending;
    if (outcome.kind === 'saved') {
      update({
        ...state,
        phase: state.pending ? 'waiting' : 'idle',
        revision: outcome.revision,
        sending: null,
        attempts: 0,
        savedAt: outcome.savedAt,
        error: null,
      });
      // An edit made while this save travelled: sent at once, on the new revision.
      if (state.pending) send();
      return;
    }
    // A newer edit supersedes the one that failed: only the latest draft is ever resent.
    const keep = state.pending ?? sent;
    if (outcome.kind === 'retry') {
      const attempts = state.attempts + 1;
      const delay = retryDelay(attempts, options);
      update({
        ...state,
        phase: 'retrying',
        pending: keep,
        sending: null,
        attempts,
        retryAt: deps.now() + delay,
        error: outcome.error,
      });
      later(delay);
      return;
    }
    update({
      ...state,
      phase: outcome.kind,
      pending: keep,
      sending: null,
      attempts: 0,
      retryAt: null,
      error: outcome.error,
    });
  }

  return {
    edit(draft) {
      if (disposed) return;
      if (STOPPED.includes(state.phase)) {
        // Kept (and stored) so nothing typed is lost, but never sent over someone's save.
        update({ ...state, pending: draft });
        return;
      }
      if (state.phase === 'signedOut') {
        // Nobody to save it for until the person signs in again: kept, sent by flush().
        update({ ...state, pending: draft });
        return;
      }
      const retrying = state.phase === 'retrying';
      update({
        ...state,
        pending: draft,
        phase: state.sending ? 'saving' : retrying ? 'retrying' : 'waiting',
        error: retrying ? state.error : null,
      });
      // While retrying, the scheduled attempt sends this newer draft; no extra request.
      if (!state.sending && !retrying) later(options.debounceMs);
    },
    flush() {
      if (state.phase === 'invalid') return;
      send();
    },
    settle() {
      if (settled(state)) return Promise.resolve(state);
      return new Promise((resolve) => {
        waiters.push(resolve);
      });
    },
    state: () => state,
    dispose() {
      disposed = true;
      clearTimer();
    },
  };
}
