// What the online questionnaire reads and writes (issue 5, item 6), after
// packages/server/src/evaluations/online.ts: the trainer assigns a questionnaire, the candidate
// reads it without its answer keys, starts the clock, saves answers on a revision (409 when
// another tab saved meanwhile or the time is up) and finishes it.
import type {
  CandidateItem,
  CandidateQuestionnaire,
} from '@certeval/core/candidates/onlineQuestionnaire';
import type { ItemResponse } from '@certeval/core/instruments/questionnaire/responses';
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../app/apiClient.ts';
import type { EvaluationKind } from '../evaluations/evaluationsApi.ts';

export type { CandidateItem, CandidateQuestionnaire, ItemResponse };

/** The candidate's answers so far, by item id; an item missing was not answered. */
export type ResponseMap = Record<string, ItemResponse>;

/** GET /api/evaluations/:id/take, and the answer to starting. */
export type TakeView = {
  id: string;
  status: 'assigned' | 'in_progress';
  questionnaire: CandidateQuestionnaire;
  responses: ResponseMap;
  startedAt: string | null;
  dueAt: string | null;
  secondsLeft: number | null;
  revision: number;
};

export type DomainResult = { domain: string; percentage: number; final: boolean };

/** POST /api/evaluations/:id/finish. to_grade: open answers wait for the trainer. */
export type FinishResult = {
  revision: number;
  status: 'submitted' | 'to_grade';
  pending: string[];
  domains: DomainResult[];
};

const segment = encodeURIComponent;

export function fetchTakeView(id: string) {
  return apiFetch<TakeView>(`/api/evaluations/${segment(id)}/take`);
}

export function takeQuery(id: string) {
  return queryOptions({
    queryKey: ['evaluations', id, 'take'],
    queryFn: () => fetchTakeView(id),
    retry: false,
  });
}

export function assignQuestionnaire(
  candidateId: string,
  input: { instrument: { key: string; version: string }; kind: EvaluationKind; date: string },
) {
  return apiFetch<{ id: string; revision: number }>(
    `/api/candidates/${segment(candidateId)}/questionnaires`,
    { method: 'POST', body: input },
  );
}

export function startQuestionnaire(id: string) {
  return apiFetch<TakeView>(`/api/evaluations/${segment(id)}/start`, { method: 'POST' });
}

export function saveResponses(id: string, responses: ResponseMap, revision: number) {
  return apiFetch<{ revision: number; savedAt: string }>(
    `/api/evaluations/${segment(id)}/responses`,
    { method: 'PUT', body: { responses, revision } },
  );
}

export function finishQuestionnaire(id: string, revision: number) {
  return apiFetch<FinishResult>(`/api/evaluations/${segment(id)}/finish`, {
    method: 'POST',
    body: { revision },
  });
}
