import { readStorage, writeStorage } from '../app/storage.ts';

export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const STORAGE_KEY = 'certeval.locale';

export function isLocale(value: unknown): value is Locale {
  return value === 'fr' || value === 'en';
}

/** The language chosen on this device, French when none was chosen. */
export function storedLocale(): Locale {
  const value = readStorage(STORAGE_KEY);
  return isLocale(value) ? value : 'fr';
}

export function rememberLocale(locale: Locale): void {
  writeStorage(STORAGE_KEY, locale);
}
