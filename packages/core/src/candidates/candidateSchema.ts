// A candidate as the pilot enrols them (issue 5, item 3): the identity the national holders'
// declaration needs (the evaluation record's candidate), contact, job, the people who follow
// them, and accommodations for a disability.
import { type Static, Type } from 'typebox';
import { CandidateSchema } from '../evaluation/recordSchema.ts';
import {
  addProblems,
  type FieldWords,
  type FormProblem,
  schemaProblems,
} from '../forms/formProblems.ts';
import {
  BIRTHPLACE_WORDS,
  type IdentityFields,
  identityProblems,
  NAME_WORDS,
  PHONE_WORDS,
} from './identity.ts';

const Uuid = Type.String({ format: 'uuid', description: 'Id of a person of the product' });
const optional = <T extends Parameters<typeof Type.Optional>[0]>(schema: T) =>
  Type.Optional(schema);

export const CandidateInputSchema = Type.Object(
  {
    ...CandidateSchema.properties,
    // Bounded here, where a person types them (the evaluation record keeps its own schema).
    birthName: Type.String({ minLength: 1, maxLength: 100 }),
    usageName: optional(Type.String({ minLength: 1, maxLength: 100 })),
    firstNames: Type.Array(Type.String({ minLength: 1, maxLength: 100 }), {
      minItems: 1,
      maxItems: 10,
    }),
    birthPlace: Type.String({ minLength: 1, maxLength: 200 }),
    email: optional(Type.String({ maxLength: 254, pattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$' })),
    accommodations: optional(
      Type.Array(Type.String({ minLength: 1, maxLength: 1000 }), { maxItems: 20 }),
    ),
    phone: optional(Type.String({ minLength: 1, maxLength: 40 })),
    job: optional(Type.String({ minLength: 1, maxLength: 200, description: 'Poste occupé' })),
    tutorId: optional(Type.Union([Uuid, Type.Null()])),
    trainerId: optional(Type.Union([Uuid, Type.Null()])),
  },
  { additionalProperties: false, title: 'Candidate' },
);
export type CandidateInput = Static<typeof CandidateInputSchema>;

/** The form's own sentences for a malformed field (the schema's pattern or format). */
const CANDIDATE_WORDS: FieldWords = {
  '/birthName': NAME_WORDS,
  '/usageName': NAME_WORDS,
  '/firstNames': NAME_WORDS,
  '/birthDate': {
    fr: 'Saisissez une date du calendrier, par exemple 14/03/1998.',
    en: 'Enter a calendar day, for example 14/03/1998.',
  },
  '/email': {
    fr: 'Saisissez une adresse e-mail de la forme nom@exemple.fr.',
    en: 'Enter an e-mail address like name@example.com.',
  },
  '/phone': PHONE_WORDS,
  '/birthPlace': BIRTHPLACE_WORDS,
  '/birthInseeCode': {
    fr: 'Un code INSEE de commune a cinq caractères, par exemple 75056 ou 2A004.',
    en: 'An INSEE commune code has five characters, for instance 75056 or 2A004.',
  },
  '/tutorId': { fr: 'Choisissez un tuteur de la liste.', en: 'Choose a tutor from the list.' },
  '/trainerId': {
    fr: 'Choisissez un formateur de la liste.',
    en: 'Choose a trainer from the list.',
  },
};

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

/** The identity fields of any input, those of the right kind only. */
function identityOf(input: unknown): IdentityFields {
  const record = (typeof input === 'object' && input !== null ? input : {}) as Record<
    string,
    unknown
  >;
  const names = Array.isArray(record.firstNames) ? record.firstNames : undefined;
  return {
    birthName: text(record.birthName),
    usageName: text(record.usageName),
    firstNames: names?.every((n) => typeof n === 'string') ? names : undefined,
    birthDate: text(record.birthDate),
    birthPlace: text(record.birthPlace),
    phone: text(record.phone),
    birthInseeCode: text(record.birthInseeCode),
  };
}

/**
 * Every problem of a candidate as the enrolment form or the API sends it: its shape (the
 * schema) and the plausibility of its identity, one problem per field, paths below `base`.
 */
export function checkCandidate(input: unknown, today: string, base = ''): FormProblem[] {
  const found = schemaProblems(CandidateInputSchema, input, base, CANDIDATE_WORDS);
  const identity = identityProblems(identityOf(input), today).map((p) => ({
    ...p,
    path: `${base}/${p.path}`,
  }));
  return addProblems(found, identity);
}

/** The name a certificate and a list show: usage name when there is one, then first names. */
export function candidateDisplayName(
  candidate: Pick<CandidateInput, 'birthName' | 'usageName' | 'firstNames'>,
): string {
  const name = candidate.usageName ?? candidate.birthName;
  return `${candidate.firstNames.join(' ')} ${name}`;
}
