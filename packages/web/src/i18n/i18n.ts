import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Dictionary } from './fr.ts';
import { isLocale, type Locale, storedLocale } from './locale.ts';

// Issue 16, item 9: a page loads the dictionary of its language only; the other one is
// fetched when the person switches (i18next waits for it before changing language).
const dictionaries: Record<Locale, () => Promise<Dictionary>> = {
  fr: () => import('./fr.ts').then((m) => m.fr),
  en: () => import('./en.ts').then((m) => m.en),
};

const onDemand: BackendModule = {
  type: 'backend',
  init() {},
  read(language, _namespace, callback) {
    if (!isLocale(language)) return callback(new Error(`no dictionary for ${language}`), false);
    dictionaries[language]().then(
      (dictionary) => callback(null, dictionary),
      (error: Error) => callback(error, false),
    );
  },
};

function reflectLanguageInDocument(language: string): void {
  document.documentElement.lang = language;
}

export async function setUpI18n(): Promise<typeof i18next> {
  i18next.on('languageChanged', reflectLanguageInDocument);
  await i18next
    .use(onDemand)
    .use(initReactI18next)
    .init({
      lng: storedLocale(),
      // Both dictionaries have every key (typed so): nothing to fall back to, nothing else to load.
      fallbackLng: false,
      supportedLngs: ['fr', 'en'],
      // React escapes what it renders; escaping here too would show &amp; and the like.
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  reflectLanguageInDocument(i18next.language);
  return i18next;
}

export function currentLocale(): Locale {
  return i18next.language === 'en' ? 'en' : 'fr';
}
