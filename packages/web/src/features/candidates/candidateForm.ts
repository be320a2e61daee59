// The enrolment form (issue 5, item 3; issue 16, item 3), pure: its values as typed, the
// candidate the API takes, every problem before sending (core's check, the server's own), and
// each problem placed under its field.
import { checkCandidate } from '@certeval/core/candidates/candidateSchema';
import type { Sex } from '@certeval/core/candidates/civilStatus';
import type { FormProblem } from '@certeval/core/forms/formProblems';
import { type PlacedProblems, placeFormProblems } from '../../ui/formProblems.ts';
import type { CandidateInput } from './candidatesApi.ts';

/** In the order the form shows them (seed 000: the identity the holders' declaration needs). */
export const CANDIDATE_FIELDS = [
  'birthName',
  'usageName',
  'firstNames',
  'birthDate',
  'birthPlace',
  'sex',
  'birthInseeCode',
  'email',
  'phone',
  'job',
  'accessRoute',
  'tutorId',
  'trainerId',
  'accommodations',
] as const;
export type CandidateField = (typeof CANDIDATE_FIELDS)[number];

export const ACCESS_ROUTES = [
  'continuing_education',
  'professionalisation_contract',
  'apprenticeship',
  'individual_application',
  'vae',
  'initial_education',
] as const satisfies readonly CandidateInput['accessRoute'][];

export type CandidateValues = Record<Exclude<CandidateField, 'accessRoute'>, string> & {
  accessRoute: CandidateInput['accessRoute'] | '';
};

export const emptyCandidate: CandidateValues = {
  birthName: '',
  usageName: '',
  firstNames: '',
  birthDate: '',
  birthPlace: '',
  sex: '',
  birthInseeCode: '',
  email: '',
  phone: '',
  job: '',
  accessRoute: '',
  tutorId: '',
  trainerId: '',
  accommodations: '',
};

/** First names in civil-status order, separated by commas: "Inès, Marie". */
export function splitFirstNames(text: string): string[] {
  return text
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/** One accommodation per line. */
function lines(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** The candidate as the API takes it: optional fields left empty are left out. */
export function candidateInput(values: CandidateValues): CandidateInput {
  const optional = (text: string) => (text.trim() ? text.trim() : undefined);
  const usageName = optional(values.usageName);
  const email = optional(values.email);
  const phone = optional(values.phone);
  const job = optional(values.job);
  const birthInseeCode = optional(values.birthInseeCode)?.toUpperCase();
  const sex = values.sex ? (values.sex as Sex) : undefined;
  return {
    birthName: values.birthName.trim(),
    ...(usageName && { usageName }),
    firstNames: splitFirstNames(values.firstNames),
    birthDate: values.birthDate,
    birthPlace: values.birthPlace.trim(),
    ...(sex && { sex }),
    ...(birthInseeCode && { birthInseeCode }),
    ...(email && { email }),
    ...(phone && { phone }),
    ...(job && { job }),
    accessRoute: values.accessRoute as CandidateInput['accessRoute'],
    tutorId: values.tutorId || null,
    trainerId: values.trainerId || null,
    accommodations: lines(values.accommodations),
  };
}

export function candidateValues(candidate: CandidateInput): CandidateValues {
  return {
    birthName: candidate.birthName,
    usageName: candidate.usageName ?? '',
    firstNames: candidate.firstNames.join(', '),
    birthDate: candidate.birthDate,
    birthPlace: candidate.birthPlace,
    sex: candidate.sex ?? '',
    birthInseeCode: candidate.birthInseeCode ?? '',
    email: candidate.email ?? '',
    phone: candidate.phone ?? '',
    job: candidate.job ?? '',
    accessRoute: candidate.accessRoute,
    tutorId: candidate.tutorId ?? '',
    trainerId: candidate.trainerId ?? '',
    accommodations: (candidate.accommodations ?? []).join('\n'),
  };
}

export const CANDIDATE_BASE = 'body/candidate';

/** Every problem of the form as typed, by core's check: the server's own, before sending. */
export function candidateFormProblems(values: CandidateValues, today: string): FormProblem[] {
  return checkCandidate(candidateInput(values), today, CANDIDATE_BASE);
}

/** `body/candidate/firstNames/1` → firstNames; anything else goes to the general list. */
export function placeProblems(
  problems: readonly Pick<FormProblem, 'path' | 'message'>[],
): PlacedProblems<CandidateField> {
  return placeFormProblems(problems, CANDIDATE_BASE, CANDIDATE_FIELDS);
}
