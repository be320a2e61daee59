// An entry of the follow-up booklet (issue 16, item 3): a training session, a tutor's note or
// a steering committee, dated and titled. The schema is the API route's own; the same check
// runs in the browser and on the server, with the day it is written on.
import { Type } from 'typebox';
import { CalendarDay, DAY_WORDS, dayProblems, FilledText } from '../forms/fields.ts';
import { type FormCheck, formCheck } from '../forms/formProblems.ts';

export const BOOKLET_KINDS = ['training_session', 'tutor_note', 'steering_committee'] as const;
export type BookletKind = (typeof BOOKLET_KINDS)[number];

export const BookletEntrySchema = Type.Object({
  kind: Type.Union(BOOKLET_KINDS.map((k) => Type.Literal(k))),
  date: CalendarDay,
  title: FilledText(300),
  body: Type.Optional(Type.String({ maxLength: 20000 })),
  durationHours: Type.Optional(Type.Integer({ minimum: 0, maximum: 1000 })),
});

const FUTURE = { fr: 'La date ne peut pas être future.', en: 'The date cannot be in the future.' };

/** Every problem of an entry written on `today` (YYYY-MM-DD): it tells what happened, not what will. */
export function bookletEntryCheck(today: string): FormCheck {
  return formCheck(
    BookletEntrySchema,
    {
      '/date': DAY_WORDS,
      '/kind': { fr: 'Choisissez un type de la liste.', en: 'Choose a kind from the list.' },
    },
    (input) => {
      const day = dayProblems(input.date, '/date', ['2000-01-01', '2099-12-31']);
      if (day.length > 0 || typeof input.date !== 'string' || input.date <= today) return day;
      return [{ code: 'day', path: '/date', message: FUTURE }];
    },
  );
}
