// What the jury screens read and write (issue 6, items 3–4). Shapes follow
// packages/server/src/jury/sessionView.ts, deliberationView.ts and their routes.
import type { Decided, Deliberation, LocalText } from '@certeval/core/deliberation/index';
import type { MembersComparison } from '@certeval/core/jury/comparison';
import type {
  DeliberationCommandType,
  DeliberationStatus,
  JurySessionStatus,
} from '@certeval/core/jury/deliberationStates';
import type { JuryRole } from '@certeval/core/jury/juryRuleSchema';
import { queryOptions } from '@tanstack/react-query';
import { type ApiProblem, apiFetch } from '../../app/apiClient.ts';

export type { DeliberationStatus, JuryRole, MembersComparison };

/** A located problem of the composition, as every refused input carries them. */
export type Problem = ApiProblem;

/** One line of GET /api/jury/sessions. */
export type SessionSummary = {
  id: string;
  certification: string;
  referentialVersion: string;
  certifierName: string;
  date: string;
  startTime: string;
  place: string | null;
  remoteLink: string | null;
  status: JurySessionStatus;
  candidates: number;
  signed: number;
};

export type SessionMember = {
  userId: string;
  name: string;
  email: string;
  role: JuryRole;
  affiliation: string | null;
  affiliationOrganisationId: string | null;
  independent: boolean;
  presides: boolean;
};

export type Seat = {
  id: string;
  candidateId: string;
  name: string;
  company: string;
  accessRoute: string;
  slot: { start: string; end: string } | null;
  status: DeliberationStatus;
  started: boolean;
  version: number;
  revision: number;
  grader?: boolean;
  decision: LocalText | null;
  signedAt: string | null;
  minutesHash: string | null;
};

export type SessionDetail = Omit<SessionSummary, 'certifierName' | 'candidates' | 'signed'> & {
  revision: number;
  slotMinutes: number;
  ruleSet: { id: string; version: string };
  roles: Array<{ role: JuryRole; label: LocalText; min: number; max: number | null }>;
  members: SessionMember[];
  problems: Problem[];
  candidates: Seat[];
  minutes: Array<{ version: number; hash: string; at: string }>;
  locked: boolean;
  can: { manage: boolean; reopen: boolean };
};

export type MemberInput = {
  userId: string;
  role: JuryRole;
  affiliation?: string | null;
  presides?: boolean;
  independent?: boolean;
};

export type SessionInput = {
  date: string;
  startTime: string;
  place?: string | null;
  remoteLink?: string | null;
};

export type JuryPerson = { id: string; name: string; email: string };

export type GuideDomain = { domain: string; label: string; items: string[] };

/** GET /api/jury/candidates/:id */
export type JuryCandidate = {
  id: string;
  revision: number;
  session: {
    id: string;
    certification: string;
    date: string;
    place: string | null;
    remoteLink: string | null;
  };
  candidate: { id: string; name: string; company: string; accessRoute: string };
  slot: { start: string; end: string } | null;
  status: DeliberationStatus;
  version: number;
  started: boolean;
  guide: {
    key: string;
    version: string;
    title: string;
    domains: GuideDomain[];
    levels: Array<{ value: number; label: string }>;
  };
  president: { personId: string; name: string };
  you: { grader: boolean; president: boolean; certifier: boolean };
  commands: DeliberationCommandType[];
  graders: Array<{
    personId: string;
    name: string;
    role: JuryRole;
    presides: boolean;
    grid: { status: string; evaluationId: string | null } | null;
  }>;
  excluded: Array<{ personId: string; name: string; role: JuryRole }>;
  comparison: MembersComparison | null;
  suggestion: Record<string, number> | null;
  agreement: { percentages: Record<string, number>; comment: string } | null;
  decision: Decided | null;
  signature: { personId: string; name: string; at: string } | null;
  reopenings: Array<{ version: number; by: string; at: string; reason: string }>;
  previousVersions: Array<{
    version: number;
    agreement: { percentages: Record<string, number>; comment: string };
    summary: LocalText;
    signature: { name: string; at: string };
  }>;
  minutesHash: string | null;
  /** For the certifier of a signed deliberation: the documents a reopening would suspend. */
  documents: Array<{ id: string; number: string; kind: 'certificate' | 'attestation' }>;
};

export type WhatIf = { decision: Deliberation; outsideMembersRange: string[] };

const segment = encodeURIComponent;

export const sessionsQuery = queryOptions({
  queryKey: ['jury', 'sessions'],
  queryFn: () => apiFetch<SessionSummary[]>('/api/jury/sessions'),
});

export function sessionQuery(id: string) {
  return queryOptions({
    queryKey: ['jury', 'sessions', id],
    queryFn: () => apiFetch<SessionDetail>(`/api/jury/sessions/${segment(id)}`),
  });
}

export const juryPeopleQuery = queryOptions({
  queryKey: ['jury', 'people'],
  queryFn: () => apiFetch<JuryPerson[]>('/api/jury/people'),
});

export function juryCandidateQuery(id: string) {
  return queryOptions({
    queryKey: ['jury', 'candidates', id],
    queryFn: () => apiFetch<JuryCandidate>(`/api/jury/candidates/${segment(id)}`),
  });
}

type Created = { id: string; revision: number };
type Saved = { revision: number };

export function createSession(
  input: SessionInput & {
    certification: string;
    referentialVersion: string;
    members: MemberInput[];
  },
) {
  return apiFetch<Created>('/api/jury/sessions', { method: 'POST', body: input });
}

export function setMembers(id: string, members: MemberInput[], revision: number) {
  return apiFetch<Saved>(`/api/jury/sessions/${segment(id)}/members`, {
    method: 'PUT',
    body: { members, revision },
  });
}

export function addCandidate(id: string, candidateId: string, revision: number) {
  return apiFetch<Created>(`/api/jury/sessions/${segment(id)}/candidates`, {
    method: 'POST',
    body: { candidateId, revision },
  });
}

export function removeCandidate(id: string, seatId: string, revision: number) {
  return apiFetch<Saved>(
    `/api/jury/sessions/${segment(id)}/candidates/${segment(seatId)}?revision=${revision}`,
    { method: 'DELETE' },
  );
}

export const convocationUrl = (sessionId: string, seatId: string) =>
  `/api/jury/sessions/${segment(sessionId)}/candidates/${segment(seatId)}/convocation.pdf`;

export const minutesUrl = (sessionId: string, version?: number) =>
  `/api/jury/sessions/${segment(sessionId)}/minutes.pdf${version ? `?version=${version}` : ''}`;

export const decisionsUrl = (sessionId: string, format: 'csv' | 'xlsx') =>
  `/api/jury/sessions/${segment(sessionId)}/decisions.${format}`;

export function openGrid(seatId: string) {
  return apiFetch<{ evaluationId: string; status: string; created: boolean }>(
    `/api/jury/candidates/${segment(seatId)}/grid`,
    { method: 'POST' },
  );
}

export type StepCommand = 'close_grading' | 'reopen_grading' | 'revise' | 'resume';

export function runStep(seatId: string, command: StepCommand, revision: number) {
  return apiFetch<{ revision: number; status: string }>(
    `/api/jury/candidates/${segment(seatId)}/commands`,
    { method: 'POST', body: { command, revision } },
  );
}

export function whatIf(seatId: string, percentages: Record<string, number>) {
  return apiFetch<WhatIf>(`/api/jury/candidates/${segment(seatId)}/what-if`, {
    method: 'POST',
    body: { percentages },
  });
}

export function recordAgreement(
  seatId: string,
  input: { percentages: Record<string, number>; comment: string; revision: number },
) {
  return apiFetch<{ revision: number; status: string }>(
    `/api/jury/candidates/${segment(seatId)}/agreement`,
    { method: 'POST', body: input },
  );
}

export function sign(seatId: string, password: string, revision: number) {
  return apiFetch<{ revision: number; minutes: { version: number; hash: string } }>(
    `/api/jury/candidates/${segment(seatId)}/sign`,
    { method: 'POST', body: { password, revision } },
  );
}

export function reopen(seatId: string, reason: string, revision: number) {
  return apiFetch<{ revision: number; version: number; suspended: string[] }>(
    `/api/jury/candidates/${segment(seatId)}/reopen`,
    { method: 'POST', body: { reason, revision } },
  );
}

/** A candidate's gaps before the jury (GET /api/candidates/:id/coverage). */
export type CandidateGaps = import('@certeval/core/evaluation/candidateGaps').CandidateGaps;

export const candidateGapsQuery = (candidateId: string) =>
  queryOptions({
    queryKey: ['candidates', candidateId, 'coverage'],
    queryFn: () => apiFetch<CandidateGaps>(`/api/candidates/${segment(candidateId)}/coverage`),
  });
