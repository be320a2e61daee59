// What the VAE booklet reads and writes (issue 6, item 5), after packages/server/src/vae: the
// booklet's questions with the candidate's answers and documents, answers saved on a revision
// (409 when another tab saved meanwhile or the booklet is submitted), documents attached as
// their bytes, removed, downloaded, the submission, and its re-opening with a reason.
import type { CandidateQuestionnaire } from '@certeval/core/candidates/onlineQuestionnaire';
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../app/apiClient.ts';
import type { ResponseMap } from '../online/onlineApi.ts';

export type VaeDocument = {
  id: string;
  sectionId: string | null;
  fileName: string;
  contentType: string;
  size: number;
  createdAt: string;
};

/** GET /api/candidates/:id/vae-booklet */
export type VaeBooklet = {
  candidateId: string;
  candidateName: string;
  instrument: { key: string; version: string };
  booklet: CandidateQuestionnaire;
  status: 'draft' | 'submitted';
  responses: ResponseMap;
  /** 0 before the first save. */
  revision: number;
  submittedAt: string | null;
  documents: VaeDocument[];
  canWrite: boolean;
  /** The reader may re-open the submitted booklet now (certifier, company pilot). */
  canReopen: boolean;
  /** On a draft submitted before: its last re-opening. */
  reopening: { at: string; by: string; reason: string } | null;
};

const segment = encodeURIComponent;
const base = (candidateId: string) => `/api/candidates/${segment(candidateId)}/vae-booklet`;

export function fetchVaeBooklet(candidateId: string) {
  return apiFetch<VaeBooklet>(base(candidateId));
}

export function vaeBookletQuery(candidateId: string) {
  return queryOptions({
    queryKey: ['candidates', candidateId, 'vae-booklet'],
    queryFn: () => fetchVaeBooklet(candidateId),
    retry: false,
  });
}

export function saveVaeAnswers(candidateId: string, responses: ResponseMap, revision: number) {
  return apiFetch<{ revision: number; savedAt: string }>(`${base(candidateId)}/responses`, {
    method: 'PUT',
    body: { responses, revision },
  });
}

export function submitVaeBooklet(candidateId: string, revision: number) {
  return apiFetch<{ revision: number; status: 'submitted'; fileStatus: string }>(
    `${base(candidateId)}/submit`,
    { method: 'POST', body: { revision } },
  );
}

export function reopenVaeBooklet(candidateId: string, reason: string, revision: number) {
  return apiFetch<{ revision: number; status: 'draft'; fileStatus: string }>(
    `${base(candidateId)}/reopen`,
    { method: 'POST', body: { reason, revision } },
  );
}

export function attachVaeDocument(candidateId: string, file: File, sectionId: string | null) {
  const query = new URLSearchParams({ fileName: file.name });
  if (sectionId) query.set('section', sectionId);
  return apiFetch<VaeDocument>(`${base(candidateId)}/documents?${query}`, {
    method: 'POST',
    file,
  });
}

export function removeVaeDocument(candidateId: string, documentId: string) {
  return apiFetch<void>(`${base(candidateId)}/documents/${segment(documentId)}`, {
    method: 'DELETE',
  });
}

/** A plain link downloads the document with the session cookie. */
export const vaeDocumentUrl = (candidateId: string, documentId: string) =>
  `${base(candidateId)}/documents/${segment(documentId)}`;
