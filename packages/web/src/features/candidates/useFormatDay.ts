import { useTranslation } from 'react-i18next';

/** "14 juin 1998" for 1998-06-14, in the reader's language; the text as is otherwise. */
export function useFormatDay(): (day: string) => string {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'fr-FR', {
    dateStyle: 'long',
    timeZone: 'UTC',
  });
  return (day) => {
    const date = new Date(`${day}T00:00:00Z`);
    return Number.isNaN(date.getTime()) ? day : format.format(date);
  };
}

/**
 * Today as YYYY-MM-DD, on the server's calendar (UTC): it refuses a date after its own today,
 * so a browser already past midnight in Paris must not propose tomorrow.
 */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
