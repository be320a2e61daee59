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
