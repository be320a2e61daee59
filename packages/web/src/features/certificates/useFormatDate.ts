import { useTranslation } from 'react-i18next';

/** "12 juin 2025" for 2025-06-12 (or an ISO instant), in the reader's language. */
export function useFormatDate(): (value: string) => string {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'fr-FR', {
    dateStyle: 'long',
    timeZone: 'UTC',
  });
  return (value) => {
    const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
    return Number.isNaN(date.getTime()) ? value : format.format(date);
  };
}
