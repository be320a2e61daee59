// What the personal-data screen reads and does (issue 19 item 5). Shapes follow
// packages/server/src/personalData/routes.ts. A person travels in the body, never in a URL.
import type {
  ErasureOutcome,
  ErasureReport,
  RetentionRule,
} from '@certeval/core/personalData/index';
import { queryOptions } from '@tanstack/react-query';
import { apiDownload, apiFetch } from '../../app/apiClient.ts';
import type { CandidateState } from '../candidates/candidatesApi.ts';

export type { ErasureOutcome, RetentionRule };
export type PersonRef = { email: string } | { candidateId: string };

export type PersonSummary = {
  name: string | null;
  email: string | null;
  hasAccount: boolean;
  files: Array<{
    name: string;
    organisation: string;
    project: string;
    status: CandidateState;
    createdAt: string;
    underSignedDecision: boolean;
  }>;
};

/** The server's answer: the core's report, and whether it was done or only previewed. */
export type Erasure = ErasureReport & { done: boolean };

export const retentionRulesQuery = queryOptions({
  queryKey: ['personal-data', 'retention-rules'],
  queryFn: () =>
    apiFetch<{ noJuryDelayDays: number; rules: RetentionRule[] }>(
      '/api/personal-data/retention-rules',
    ),
  staleTime: Number.POSITIVE_INFINITY,
});

export const personQuery = (ref: PersonRef) =>
  queryOptions({
    queryKey: ['personal-data', 'person', ref],
    queryFn: () =>
      apiFetch<PersonSummary>('/api/personal-data/person', { method: 'POST', body: ref }),
    retry: false,
  });

/** What an erasure would do, computed by the server and rolled back. */
export const erasurePreviewQuery = (ref: PersonRef) =>
  queryOptions({
    queryKey: ['personal-data', 'preview', ref],
    queryFn: () =>
      apiFetch<Erasure>('/api/personal-data/erasure/preview', { method: 'POST', body: ref }),
    retry: false,
  });

export const erasePerson = (ref: PersonRef) =>
  apiFetch<Erasure>('/api/personal-data/erasure', { method: 'POST', body: ref });

/** Saves the person's export (one JSON file); its name. */
export const downloadExport = (ref: PersonRef) =>
  apiDownload('/api/personal-data/export', ref, 'donnees-personnelles.json');
