// localStorage throws in some private modes and sandboxed frames: the app must still run,
// forgetting preferences at worst.

export function readStorage(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function writeStorage(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // Not remembering a preference is harmless: the default applies next time.
  }
}

export function removeStorage(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Nothing was stored where storage is unavailable.
  }
}

// Work not yet acknowledged by the server waits on the device under these keys (an evaluator's
// grid, a candidate's answers, a VAE booklet), through a session that ended, until it is saved.
// Signing out on purpose ends that: the next person on a shared device must not find it.
const DRAFT_PREFIXES = {
  evaluation: 'certeval.evaluation.',
  questionnaire: 'certeval.questionnaire.',
  booklet: 'certeval.vae-booklet.',
} as const;

export function draftKey(kind: keyof typeof DRAFT_PREFIXES, id: string): string {
  return `${DRAFT_PREFIXES[kind]}${id}`;
}

function storedKeys(): string[] {
  try {
    return Object.keys(window.localStorage);
  } catch {
    return [];
  }
}

/** The keys of the drafts waiting on this device, not yet saved by the server. */
export function waitingDrafts(): string[] {
  const prefixes = Object.values(DRAFT_PREFIXES);
  return storedKeys().filter((key) => prefixes.some((prefix) => key.startsWith(prefix)));
}

/** Forgets every draft waiting on this device (on signing out). */
export function forgetDrafts(): void {
  for (const key of waitingDrafts()) removeStorage(key);
}
