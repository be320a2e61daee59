// Fields many forms share (issue 16, item 3): their schema and their sentences, written once.
import { Type } from 'typebox';
import { isPlausibleName, NAME_WORDS } from '../candidates/identity.ts';
import type { FormMessage, FormProblem } from './formProblems.ts';

/** A text a person must fill: at least one character that is not a space. */
export const FilledText = (maxLength: number, options: { description?: string } = {}) =>
  Type.String({ minLength: 1, maxLength, pattern: '\\S', ...options });

/** An e-mail address as people type it (spaces around are trimmed where it is stored). */
export const EmailAddress = (maxLength = 254) =>
  Type.String({ minLength: 1, maxLength, pattern: '^\\s*[^@\\s]+@[^@\\s]+\\.[^@\\s]+\\s*$' });

export const EMAIL_WORDS: FormMessage = {
  fr: 'Saisissez une adresse e-mail de la forme nom@exemple.fr.',
  en: 'Enter an e-mail address like name@example.com.',
};

/** A calendar day, YYYY-MM-DD, as a date field gives it. */
export const CalendarDay = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  description: 'YYYY-MM-DD',
});

export const DAY_WORDS: FormMessage = {
  fr: 'Saisissez une date du calendrier, par exemple 14/03/2027.',
  en: 'Enter a calendar day, for example 14/03/2027.',
};

/** Whether a YYYY-MM-DD text is a day of the calendar (not the 30th of February). */
export function isCalendarDay(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/** A day field that is a day of the calendar, or its problem. */
export function dayProblems(day: unknown, path: string): FormProblem[] {
  return typeof day === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(day) && !isCalendarDay(day)
    ? [{ code: 'day', path, message: DAY_WORDS }]
    : [];
}

/** A person's name as they are called ("Julien Roussel"): letters, spaces, hyphens, apostrophes. */
export function personNameProblems(name: unknown, path: string): FormProblem[] {
  return typeof name === 'string' && name.trim() !== '' && !isPlausibleName(name)
    ? [{ code: 'identity', path, message: NAME_WORDS }]
    : [];
}
