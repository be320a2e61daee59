import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { type Locale, storedLocale } from './locale.ts';

export const resources = {
  fr: { translation: fr },
  en: { translation: en },
} as const;

function reflectLanguageInDocument(language: string): void {
  document.documentElement.lang = language;
}

export async function setUpI18n(): Promise<typeof i18next> {
  i18next.on('languageChanged', reflectLanguageInDocument);
  await i18next.use(initReactI18next).init({
    resources,
    lng: storedLocale(),
    fallbackLng: 'fr',
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
