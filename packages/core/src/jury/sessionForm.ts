// The form that convenes a jury session (issue 16, item 3): its schema, the one the API route
// validates, and every problem of a filled form at once, in people's words. The browser runs
// the same check before sending; the server runs it on every request.
import { type Static, Type } from 'typebox';
import { addProblems, type FormProblem, schemaProblems } from '../forms/formProblems.ts';
import { JURY_ROLES } from './juryRuleSchema.ts';

const Nullable = <T extends Parameters<typeof Type.Union>[0][number]>(schema: T) =>
  Type.Union([schema, Type.Null()]);

export const SessionDay = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}$',
  description: 'YYYY-MM-DD',
});
export const SessionTime = Type.String({
  pattern: '^([01]\\d|2[0-3]):[0-5]\\d$',
  description: 'HH:MM',
});

export const SessionMemberSchema = Type.Object({
  userId: Type.String({ format: 'uuid' }),
  role: Type.Union(JURY_ROLES.map((r) => Type.Literal(r))),
  affiliation: Type.Optional(Nullable(Type.String({ maxLength: 200 }))),
  affiliationOrganisationId: Type.Optional(Nullable(Type.String({ format: 'uuid' }))),
  independent: Type.Optional(Type.Boolean()),
  presides: Type.Optional(Type.Boolean()),
});

/** Day, start, place or link: what a session keeps when it is changed later. */
export const SessionFieldsSchema = {
  date: SessionDay,
  startTime: SessionTime,
  place: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
  remoteLink: Type.Optional(Nullable(Type.String({ maxLength: 500 }))),
};

export const NewSessionSchema = Type.Object({
  certification: Type.String({ minLength: 1, maxLength: 100 }),
  referentialVersion: Type.String({ minLength: 1, maxLength: 50 }),
  ...SessionFieldsSchema,
  members: Type.Array(SessionMemberSchema, { maxItems: 20 }),
});
export type NewSessionForm = Static<typeof NewSessionSchema>;

const WORDS = {
  '/certification': { fr: 'Choisissez une certification.', en: 'Choose a certification.' },
  '/referentialVersion': {
    fr: 'Choisissez une version publiée du référentiel.',
    en: 'Choose a published version of the referential.',
  },
  '/date': { fr: 'Saisissez le jour du jury.', en: 'Enter the day of the jury.' },
  '/startTime': {
    fr: 'Saisissez l’heure de début, par exemple 09:00.',
    en: 'Enter the start time, for example 09:00.',
  },
};

export const VENUE_WORDS = {
  fr: 'Indiquez le lieu du jury ou le lien de la visioconférence.',
  en: 'Give the place of the jury or the link of the video call.',
};

/** A session is held somewhere: a place, or a video call. */
export function venueMissing(input: { place?: unknown; remoteLink?: unknown }): boolean {
  const filled = (value: unknown) => typeof value === 'string' && value.trim() !== '';
  return !filled(input.place) && !filled(input.remoteLink);
}

/** A member's problem belongs to their row: `/members/2/userId` is the row `/members/2`. */
function byRow(problems: readonly FormProblem[], base: string): FormProblem[] {
  const rows = new Map<string, FormProblem>();
  const row = new RegExp(`^(${base}/members/\\d+)/.*$`);
  for (const problem of problems) {
    const path = problem.path.replace(row, '$1');
    const person = path !== problem.path && problem.path.endsWith('/userId');
    const message = person
      ? { fr: 'Choisissez une personne pour ce siège.', en: 'Choose a person for this seat.' }
      : problem.message;
    if (!rows.has(path)) rows.set(path, { ...problem, path, message });
  }
  return [...rows.values()];
}

/** Every problem of the new session form, paths below `base` ("body" on the server). */
export function checkNewSession(input: unknown, base = ''): FormProblem[] {
  const found = byRow(schemaProblems(NewSessionSchema, input, base, WORDS), base);
  const record = typeof input === 'object' && input !== null ? input : {};
  const venue: FormProblem[] = venueMissing(record)
    ? [{ code: 'venue', path: `${base}/place`, message: VENUE_WORDS }]
    : [];
  return addProblems(found, venue);
}
