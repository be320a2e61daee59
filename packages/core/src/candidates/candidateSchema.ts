// A candidate as the pilot enrols them (issue 5, item 3): the identity the national holders'
// declaration needs (the evaluation record's candidate), contact, job, the people who follow
// them, and accommodations for a disability.
import { type Static, Type } from 'typebox';
import { CandidateSchema } from '../evaluation/recordSchema.ts';
import { inseeCodeProblem } from './civilStatus.ts';

const Uuid = Type.String({ format: 'uuid', description: 'Id of a person of the product' });
const optional = <T extends Parameters<typeof Type.Optional>[0]>(schema: T) =>
  Type.Optional(schema);

export const CandidateInputSchema = Type.Object(
  {
    ...CandidateSchema.properties,
    phone: optional(Type.String({ minLength: 1, maxLength: 40 })),
    job: optional(Type.String({ minLength: 1, maxLength: 200, description: 'Poste occupé' })),
    tutorId: optional(Type.Union([Uuid, Type.Null()])),
    trainerId: optional(Type.Union([Uuid, Type.Null()])),
  },
  { additionalProperties: false, title: 'Candidate' },
);
export type CandidateInput = Static<typeof CandidateInputSchema>;

export interface IdentityProblem {
  path: string;
  message: { fr: string; en: string };
}

/**
 * What the schema cannot say about an identity: a real birth date, in the past, of someone of
 * working age (14 at least, the age of apprenticeship preparation in France), and a birth
 * commune's INSEE code that can exist (civilStatus.ts).
 */
export function identityProblems(
  candidate: Pick<CandidateInput, 'birthDate' | 'birthInseeCode'>,
  today: string,
): IdentityProblem[] {
  const insee =
    candidate.birthInseeCode === undefined ? undefined : inseeCodeProblem(candidate.birthInseeCode);
  return [...birthDateProblems(candidate.birthDate, today), ...(insee ? [insee] : [])];
}

function birthDateProblems(birthDate: string, today: string): IdentityProblem[] {
  const candidate = { birthDate };
  const date = new Date(`${candidate.birthDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== candidate.birthDate)
    return [
      {
        path: 'birthDate',
        message: {
          fr: `${candidate.birthDate} n’est pas une date du calendrier.`,
          en: `${candidate.birthDate} is not a calendar day.`,
        },
      },
    ];
  if (candidate.birthDate >= today)
    return [
      {
        path: 'birthDate',
        message: {
          fr: 'La date de naissance doit être passée.',
          en: 'The birth date must be in the past.',
        },
      },
    ];
  const fourteen = `${Number(today.slice(0, 4)) - 14}${today.slice(4)}`;
  if (candidate.birthDate > fourteen)
    return [
      {
        path: 'birthDate',
        message: {
          fr: 'Le candidat doit avoir au moins 14 ans.',
          en: 'The candidate must be at least 14 years old.',
        },
      },
    ];
  return [];
}

/** The name a certificate and a list show: usage name when there is one, then first names. */
export function candidateDisplayName(
  candidate: Pick<CandidateInput, 'birthName' | 'usageName' | 'firstNames'>,
): string {
  const name = candidate.usageName ?? candidate.birthName;
  return `${candidate.firstNames.join(' ')} ${name}`;
}
