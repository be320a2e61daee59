// Issue 16, item 7: whether the session this page works in still holds. A call refused with
// `unauthenticated` means it ended (expired, or closed from another tab or device): the page
// stays as it is, a sign-in dialog opens over it, and what waited to be saved is sent once the
// person has signed in again. Signing out on purpose is not an ending: it leaves the page.
import { useSyncExternalStore } from 'react';

export type SessionState =
  /** Signed in, as far as this page knows. */
  | 'open'
  /** A call was refused for want of a session: the person must sign in again. */
  | 'ended'
  /** The person signed out on purpose. */
  | 'closed';

let state: SessionState = 'open';
const watchers = new Set<() => void>();
const resumers = new Set<() => void>();

function set(next: SessionState) {
  if (next === state) return;
  state = next;
  for (const watch of watchers) watch();
}

export const sessionState = (): SessionState => state;

/** A call was refused because nobody is signed in (apiClient.ts). */
export function sessionEnded(): void {
  if (state === 'open') set('ended');
}

/** Signed in again (the dialog, or the sign-in page): whatever waited is sent now. */
export function sessionResumed(): void {
  const wasEnded = state === 'ended';
  set('open');
  if (wasEnded) for (const resume of resumers) resume();
}

/** Signed out on purpose (the menu): the page goes to the sign-in page, no dialog. */
export function sessionClosed(): void {
  set('closed');
}

/** Runs `resume` each time the person signs in again after their session ended. */
export function onSessionResumed(resume: () => void): () => void {
  resumers.add(resume);
  return () => resumers.delete(resume);
}

export function useSessionState(): SessionState {
  return useSyncExternalStore(
    (watch) => {
      watchers.add(watch);
      return () => watchers.delete(watch);
    },
    sessionState,
    sessionState,
  );
}
