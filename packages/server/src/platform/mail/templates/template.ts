// A message template: a typed function of its data to a subject and blocks in the recipient's
// language. `example` is data every template is rendered with in the tests (no "undefined").
import type { Composed, Locale, Site } from '../compose.ts';

export interface MailTemplate<D, O extends boolean = false> {
  /** The message carries a secret link: its body is not shown in the outbox once sent by SMTP. */
  confidential: boolean;
  /**
   * Whether its recipient may switch it off (a reminder, "evaluation to do"). The messages the
   * procedure requires (an account, a reset, an invitation, a convocation, a decision, a
   * certificate and its status) are always sent.
   */
  optional: O;
  compose(data: D, locale: Locale, site: Site): Composed;
  example: D;
}

const LOCALES: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

/** A day (YYYY-MM-DD or a Date) as the reader writes it: « 12 mai 2026 », "12 May 2026". */
export function longDate(value: string | Date, locale: Locale): string {
  const date = typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : value;
  return new Intl.DateTimeFormat(LOCALES[locale], {
    dateStyle: 'long',
    timeZone: typeof value === 'string' ? 'UTC' : 'Europe/Paris',
  }).format(date);
}

/** A moment, with its time in Paris: « 12 mai 2026 à 14:05 ». */
export function longDateTime(value: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(LOCALES[locale], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  }).format(value);
}

/** The greeting every message opens with. */
export const greeting = (name: string, locale: Locale) =>
  ({ paragraph: locale === 'fr' ? `Bonjour ${name},` : `Hello ${name},` }) as const;
