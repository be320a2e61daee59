// Fields many forms share (issue 16, item 3): their schema and their sentences, written once.
import { Type } from 'typebox';
import { isPlausibleName, NAME_WORDS } from '../candidates/identity.ts';
import { type FormMessage, type FormProblem, REQUIRED_WORDS } from './formProblems.ts';

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

const OUT_OF_RANGE: FormMessage = {
  fr: 'Cette date est hors des limites : vérifiez l’année.',
  en: 'This date is out of range: check the year.',
};

/** A day field that is a day of the calendar between `from` and `to` (YYYY-MM-DD), or why not. */
export function dayProblems(
  day: unknown,
  path: string,
  [from, to]: readonly [string, string] = ['1900-01-01', '2099-12-31'],
): FormProblem[] {
  if (typeof day !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return [];
  if (!isCalendarDay(day)) return [{ code: 'day', path, message: DAY_WORDS }];
  if (day < from || day > to) return [{ code: 'day', path, message: OUT_OF_RANGE }];
  return [];
}

/** Lines of people (name and role): a line with a role names its person, by a plausible name. */
export function memberLineProblems(lines: unknown, path: string): FormProblem[] {
  if (!Array.isArray(lines)) return [];
  return lines.flatMap((line, k) => {
    if (typeof line !== 'object' || line === null) return [];
    const { name, role } = line as { name?: unknown; role?: unknown };
    const at = `${path}/${k}/name`;
    if (typeof name === 'string' && name.trim() === '' && typeof role === 'string' && role.trim())
      return [{ code: 'required', path: at, message: REQUIRED_WORDS }];
    return personNameProblems(name, at);
  });
}

/** A person's name as they are called ("Julien Roussel"): letters, spaces, hyphens, apostrophes. */
export function personNameProblems(name: unknown, path: string): FormProblem[] {
  return typeof name === 'string' && name.trim() !== '' && !isPlausibleName(name)
    ? [{ code: 'identity', path, message: NAME_WORDS }]
    : [];
}
