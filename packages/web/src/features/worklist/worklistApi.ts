// What the evaluators' lists read (issue 16): one space's candidates with their evaluations,
// tasks and next step (GET /api/worklist, packages/server/src/evaluations/worklist.ts), and a
// home's to-do (GET /api/me/todo).
import type { CandidateState } from '@certeval/core/candidates/fileStates';
import type { EvaluatorTask } from '@certeval/core/worklist/evaluatorTasks';
import type { NextStep } from '@certeval/core/worklist/nextStep';
import type { TodoItem } from '@certeval/core/worklist/todo';
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../app/apiClient.ts';
import type { Membership } from '../auth/me.ts';
import type { EvaluationKind, EvaluationStatus } from '../evaluations/evaluationsApi.ts';

export type { CandidateState, EvaluatorTask, NextStep, TodoItem };

export type DomainResult = { domain: string; percentage: number };

export type ListedEvaluation = {
  id: string;
  instrument: { key: string; version: string; title: string; kind: string | null };
  kind: EvaluationKind;
  status: EvaluationStatus;
  evaluatorRole: string;
  evaluatorName: string;
  mine: boolean;
  online: boolean;
  date: string;
  dueAt: string | null;
  submittedAt: string | null;
  domains: DomainResult[];
};

export type ListedCandidate = {
  id: string;
  projectId: string;
  projectTitle: string;
  organisationId: string;
  organisationName: string;
  certification: string;
  referentialVersion: string;
  birthName: string;
  usageName: string | null;
  firstNames: string[];
  accessRoute: string;
  status: CandidateState;
  tutorId: string | null;
  tutorName: string | null;
  trainerId: string | null;
  trainerName: string | null;
  bookletEntries: number;
  lastBookletEntry: string | null;
  vaeBooklet: 'draft' | 'submitted' | null;
  evaluations: ListedEvaluation[];
  tasks: EvaluatorTask[];
  nextStep: NextStep;
  jury: { date: string; startTime: string | null; place: string | null } | null;
};

const spaceSearch = (space: Pick<Membership, 'organisationId' | 'role'>) =>
  new URLSearchParams({ organisationId: space.organisationId, role: space.role }).toString();

export function worklistQuery(space: Pick<Membership, 'organisationId' | 'role'>) {
  return queryOptions({
    queryKey: ['worklist', space.organisationId, space.role],
    queryFn: () => apiFetch<ListedCandidate[]>(`/api/worklist?${spaceSearch(space)}`),
  });
}

export function todoQuery(space: Pick<Membership, 'organisationId' | 'role'>) {
  return queryOptions({
    queryKey: ['todo', space.organisationId, space.role],
    queryFn: () => apiFetch<TodoItem[]>(`/api/me/todo?${spaceSearch(space)}`),
  });
}
