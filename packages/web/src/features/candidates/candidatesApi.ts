// What the project, candidate, positioning and booklet screens read and write (issue 5).
// Shapes follow packages/server/src/candidates/routes.ts and evaluations/service.ts.
import type { CandidateInput } from '@certeval/core/candidates/candidateSchema';
import type { CandidateState, ProjectStatus } from '@certeval/core/candidates/fileStates';
import type { PlanEntry, Positioning } from '@certeval/core/candidates/positioning';
import type { Progress } from '@certeval/core/candidates/progress';
import type { EvaluationKind } from '@certeval/core/evaluation/recordSchema';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../app/apiClient.ts';

export type { CandidateInput, CandidateState, PlanEntry, ProjectStatus };

export type InstrumentRef = { key: string; version: string };
export type CommitteeMember = { name: string; role: string };

/** One line of GET /api/projects. */
export type ProjectSummary = {
  id: string;
  organisationId: string;
  organisationName: string;
  certification: string;
  referentialVersion: string;
  title: string;
  status: ProjectStatus;
  revision: number;
};

export type ProjectDetail = Omit<ProjectSummary, 'organisationName'> & {
  variantId: string | null;
  opportunity: string;
  steeringCommittee: CommitteeMember[];
  instruments: InstrumentRef[];
  validatedAt: string | null;
  updatedAt: string;
  canEdit: boolean;
  canValidate: boolean;
};

export type ProjectInput = {
  certification: string;
  referentialVersion: string;
  variantId?: string | null;
  title: string;
  opportunity?: string;
  steeringCommittee?: CommitteeMember[];
  instruments?: InstrumentRef[];
};

/** Someone who may follow a candidate (GET /api/projects/:id/assignable). */
export type AssignablePerson = {
  id: string;
  displayName: string;
  email: string;
  organisationName: string;
};

/** One line of GET /api/candidates. */
export type CandidateSummary = {
  id: string;
  projectId: string;
  projectTitle: string;
  certification: string;
  organisationName: string;
  birthName: string;
  usageName: string | null;
  firstNames: string[];
  accessRoute: CandidateInput['accessRoute'];
  tutorName: string | null;
  trainerName: string | null;
  status: CandidateState;
  /** Not returned yet by the server: used when present to tell one's own tutees apart. */
  organisationId?: string;
  tutorId?: string | null;
  trainerId?: string | null;
};

export type CandidateFile = {
  id: string;
  projectId: string;
  organisationId: string;
  certification: string;
  referentialVersion: string;
  projectTitle: string;
  instruments: InstrumentRef[];
  candidate: CandidateInput;
  tutorName: string | null;
  trainerName: string | null;
  status: CandidateState;
  revision: number;
  next: CandidateState[];
  /** A signed jury decision stands: the file no longer changes. */
  decided: boolean;
  can: { edit: boolean; position: boolean; record: boolean; writeBooklet: boolean };
};

export type StoredPlan = { entries: PlanEntry[]; revision: number; updatedAt: string };

export type PositioningResult = {
  evaluationId: string | null;
  evaluationStatus?: string;
  positioning: Positioning | null;
  plan: StoredPlan | null;
};

/** core's PLAN_MODALITIES, repeated here: importing core's module would bring the instruments. */
export const PLAN_MODALITIES = [
  'training',
  'tutoring',
  'coaching',
] as const satisfies readonly PlanEntry['modality'][];

import type { BookletKind } from '@certeval/core/candidates/bookletEntryForm';

export { BOOKLET_KINDS, type BookletKind } from '@certeval/core/candidates/bookletEntryForm';

export type TimelineEvaluation = {
  type: 'evaluation';
  id: string;
  date: string;
  kind: EvaluationKind;
  title: string;
  author: string;
  role: string;
  status: string;
  rated: number;
  total: number;
};

export type TimelineEntry = {
  type: 'entry';
  id: string;
  date: string;
  kind: BookletKind;
  title: string;
  body: string;
  durationHours: number | null;
  author: string | null;
};

export type Booklet = { timeline: Array<TimelineEvaluation | TimelineEntry>; progress: Progress };

export type NewBookletEntry = {
  kind: BookletKind;
  date: string;
  title: string;
  body?: string;
  durationHours?: number;
};

const segment = encodeURIComponent;

export const projectsQuery = queryOptions({
  queryKey: ['projects'],
  queryFn: () => apiFetch<ProjectSummary[]>('/api/projects'),
});

export function projectQuery(id: string) {
  return queryOptions({
    queryKey: ['projects', id],
    queryFn: () => apiFetch<ProjectDetail>(`/api/projects/${segment(id)}`),
  });
}

export function assignableQuery(projectId: string) {
  return queryOptions({
    queryKey: ['projects', projectId, 'assignable'],
    queryFn: () =>
      apiFetch<{ tutors: AssignablePerson[]; trainers: AssignablePerson[] }>(
        `/api/projects/${segment(projectId)}/assignable`,
      ),
  });
}

/**
 * What a screen narrows the list to; the server applies it with the name typed (issue 19): a
 * space's own candidates, a project's, those ready for a session's certification.
 */
export type CandidateFilter = {
  project?: string;
  certification?: string;
  state?: CandidateState;
  company?: string;
  tutor?: string;
  trainer?: string;
  name?: string;
};

/** One page of GET /api/candidates: its lines, the next page's cursor, the capped total. */
export type CandidatePage = {
  items: CandidateSummary[];
  next: string | null;
  total: { count: number; atLeast: boolean };
};

export const CANDIDATES_PER_PAGE = 50;

/** One page of the candidates, after the cursor a previous page gave (null: the first page). */
export function candidatePageQuery(filter: CandidateFilter, after: string | null) {
  const query = new URLSearchParams({
    limit: String(CANDIDATES_PER_PAGE),
    ...Object.fromEntries(Object.entries(filter).filter(([, value]) => value)),
    ...(after ? { after } : {}),
  });
  return queryOptions({
    queryKey: ['candidates', 'page', filter, after],
    queryFn: () => apiFetch<CandidatePage>(`/api/candidates?${query}`),
    // The page on screen stays while the next one loads.
    placeholderData: keepPreviousData,
  });
}

/** What a change to a candidate invalidates: every page, file and booklet of candidates. */
export const CANDIDATES_KEY = ['candidates'] as const;

export function candidateQuery(id: string) {
  return queryOptions({
    queryKey: ['candidates', id],
    queryFn: () => apiFetch<CandidateFile>(`/api/candidates/${segment(id)}`),
  });
}

export function positioningQuery(id: string) {
  return queryOptions({
    queryKey: ['candidates', id, 'positioning'],
    queryFn: () => apiFetch<PositioningResult>(`/api/candidates/${segment(id)}/positioning`),
  });
}

export function bookletQuery(id: string) {
  return queryOptions({
    queryKey: ['candidates', id, 'booklet'],
    queryFn: () => apiFetch<Booklet>(`/api/candidates/${segment(id)}/booklet`),
  });
}

export function createProject(input: ProjectInput & { organisationId: string }) {
  return apiFetch<{ id: string; revision: number }>('/api/projects', {
    method: 'POST',
    body: input,
  });
}

export function saveProject(id: string, input: ProjectInput, revision: number) {
  return apiFetch<{ revision: number }>(`/api/projects/${segment(id)}`, {
    method: 'PUT',
    body: { ...input, revision },
  });
}

export function moveProject(
  id: string,
  move: { to: ProjectStatus; revision: number; comment?: string },
) {
  return apiFetch<{ revision: number; status: ProjectStatus }>(
    `/api/projects/${segment(id)}/status`,
    { method: 'POST', body: move },
  );
}

/** 400 candidate_invalid: each problem in ApiError.problems, at body/candidate/<field>. */
export function enrolCandidate(projectId: string, candidate: CandidateInput) {
  return apiFetch<{ id: string; revision: number }>(
    `/api/projects/${segment(projectId)}/candidates`,
    { method: 'POST', body: { candidate } },
  );
}

export function saveCandidate(id: string, candidate: CandidateInput, revision: number) {
  return apiFetch<{ revision: number }>(`/api/candidates/${segment(id)}`, {
    method: 'PUT',
    body: { candidate, revision },
  });
}

/** 409 transition_refused carries what is missing in its message. */
export function moveCandidate(id: string, move: { to: CandidateState; revision: number }) {
  return apiFetch<{ revision: number; status: CandidateState }>(
    `/api/candidates/${segment(id)}/status`,
    { method: 'POST', body: move },
  );
}

export function savePlan(id: string, entries: PlanEntry[], revision: number) {
  return apiFetch<{ revision: number }>(`/api/candidates/${segment(id)}/plan`, {
    method: 'PUT',
    body: { entries, revision },
  });
}

export function addBookletEntry(id: string, entry: NewBookletEntry) {
  return apiFetch<{ id: string }>(`/api/candidates/${segment(id)}/booklet`, {
    method: 'POST',
    body: entry,
  });
}
