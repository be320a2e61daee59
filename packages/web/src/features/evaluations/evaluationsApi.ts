// What the evaluation screens read and write (issue 5, item 6): a candidate's evaluations,
// opening one, the instrument with its results, saving against the revision read (409 when
// someone saved meanwhile), submitting, and the item-by-item history.
import type { EvaluationKind } from '@certeval/core/evaluation/recordSchema';
import type { Instrument, InstrumentKind } from '@certeval/core/instruments/schema';
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../app/apiClient.ts';
import type { EvaluationDraft, ItemResult } from './evaluationDraft.ts';

export type { EvaluationKind };

/**
 * draft: being filled by its evaluator; assigned / in_progress: a questionnaire the candidate
 * takes online; to_grade: taken, open answers awaiting the trainer; submitted: final.
 */
export type EvaluationStatus = 'draft' | 'assigned' | 'in_progress' | 'to_grade' | 'submitted';

/** One line of GET /api/candidates/:id/evaluations. */
export type EvaluationSummary = {
  id: string;
  /** The instrument's title, what people read (empty if it is gone). */
  instrument: { key: string; version: string; title: string };
  kind: EvaluationKind;
  date: string;
  status: EvaluationStatus;
  evaluatorName: string;
  evaluatorRole: string;
  itemCount: number;
  mine: boolean;
  revision: number;
};

export type EvaluationDetail = {
  id: string;
  candidateId: string;
  /** The candidate's route: on `vae`, the jury reads the booklet beside its grid. */
  pathway?: 'training' | 'vae';
  /** null for a candidate: instruments hold answer keys (results only, once submitted). */
  instrument: Instrument | null;
  kind: EvaluationKind;
  date: string;
  status: EvaluationStatus;
  evaluatorName: string;
  evaluatorRole: string;
  items: ItemResult[];
  comment: string | null;
  revision: number;
  updatedAt: string;
  canEdit: boolean;
};

export type HistoryEntry = {
  at: string;
  action: string;
  actorName: string | null;
  data: {
    changes?: Array<{ item: string; before?: ItemResult; after?: ItemResult }>;
    [key: string]: unknown;
  };
};

/** The instruments a recorder may choose from (GET /api/instruments, the fields used here). */
export type InstrumentChoice = {
  key: string;
  version: string;
  kind: InstrumentKind;
  title: string;
  status: 'draft' | 'published';
  certification: string | null;
  /** The company it was adapted for; null for a national instrument. */
  organisationId?: string | null;
};

const segment = encodeURIComponent;

export function evaluationsQuery(candidateId: string) {
  return queryOptions({
    queryKey: ['candidates', candidateId, 'evaluations'],
    queryFn: () =>
      apiFetch<EvaluationSummary[]>(`/api/candidates/${segment(candidateId)}/evaluations`),
  });
}

export function fetchEvaluation(id: string) {
  return apiFetch<EvaluationDetail>(`/api/evaluations/${segment(id)}`);
}

export function evaluationQuery(id: string) {
  return queryOptions({ queryKey: ['evaluations', id], queryFn: () => fetchEvaluation(id) });
}

export function historyQuery(id: string) {
  return queryOptions({
    queryKey: ['evaluations', id, 'history'],
    queryFn: () => apiFetch<HistoryEntry[]>(`/api/evaluations/${segment(id)}/history`),
  });
}

// Same key as the instrument screens' list: one request, one cache.
export const instrumentChoicesQuery = queryOptions({
  queryKey: ['instruments'],
  queryFn: () => apiFetch<InstrumentChoice[]>('/api/instruments'),
});

export function startEvaluation(
  candidateId: string,
  input: { instrument: { key: string; version: string }; kind: EvaluationKind; date: string },
) {
  return apiFetch<{ id: string; revision: number }>(
    `/api/candidates/${segment(candidateId)}/evaluations`,
    { method: 'POST', body: input },
  );
}

export function saveEvaluation(id: string, draft: EvaluationDraft, revision: number) {
  return apiFetch<{ revision: number; savedAt: string }>(`/api/evaluations/${segment(id)}`, {
    method: 'PUT',
    body: { items: draft.items, comment: draft.comment, date: draft.date, revision },
  });
}

/** 400 evaluation_invalid lists every unrated item in ApiError.problems. */
export function submitEvaluation(id: string, revision: number) {
  return apiFetch<{ revision: number }>(`/api/evaluations/${segment(id)}/submit`, {
    method: 'POST',
    body: { revision },
  });
}

export function draftOf(evaluation: EvaluationDetail): EvaluationDraft {
  return { items: evaluation.items, comment: evaluation.comment, date: evaluation.date };
}
