// Opening an evaluation on a candidate, or giving them a questionnaire to take online (issue
// 16, item 3): the instrument chosen from a list, its kind, its day. The schema is the API
// routes' own; the same check runs in the browser and on the server.
import { Type } from 'typebox';
import { CalendarDay, DAY_WORDS, dayProblems } from '../forms/fields.ts';
import { formCheck } from '../forms/formProblems.ts';
import { EVALUATION_KINDS } from './recordSchema.ts';

export const NewEvaluationSchema = Type.Object({
  instrument: Type.Object({
    key: Type.String({ minLength: 1, maxLength: 200 }),
    version: Type.String({ minLength: 1, maxLength: 50 }),
  }),
  kind: Type.Union(EVALUATION_KINDS.map((k) => Type.Literal(k))),
  date: CalendarDay,
});

export const checkNewEvaluation = formCheck(
  NewEvaluationSchema,
  {
    '/instrument': {
      fr: 'Choisissez un instrument de la liste.',
      en: 'Choose an instrument from the list.',
    },
    '/kind': { fr: 'Choisissez un type de la liste.', en: 'Choose a kind from the list.' },
    '/date': DAY_WORDS,
  },
  (input) => dayProblems(input.date, '/date', ['2000-01-01', '2099-12-31']),
);
