// What the other sections of issue 16 read: the certifier's deliberations with what holds each
// up and a jury member's own grids (packages/server/src/jury/worklistRoutes.ts), the role-play
// cards of the published jury guides (instruments/rolePlayRoutes.ts), and a company's tutors
// (organisations/tutorRoutes.ts).
import type { RolePlay } from '@certeval/core/instruments/formSchema';
import type { MemberGridStatus } from '@certeval/core/worklist/deliberationBlockers';
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../app/apiClient.ts';
import type { DeliberationStatus } from '../jury/juryApi.ts';

export type { MemberGridStatus };

type LocalText = { fr: string; en: string };

export type ListedSession = { id: string; date: string; startTime: string; place: string | null };
export type SeatCandidate = { id: string; name: string; company: string; accessRoute: string };

export type BlockerLine = {
  code:
    | 'jury_incomplete'
    | 'session_ahead'
    | 'grids_missing'
    | 'close_grading'
    | 'agreement'
    | 'signature'
    | 'resume'
    | 'certificates';
  messages?: LocalText[];
  date?: string;
  names?: string[];
  president?: string | null;
  reason?: string | null;
};

export type ListedDeliberation = {
  id: string;
  session: ListedSession;
  slotStart: string | null;
  candidate: SeatCandidate;
  status: DeliberationStatus;
  started: boolean;
  president: string | null;
  graders: number;
  gridsIn: number;
  blockers: BlockerLine[];
};

export type MemberGrid = {
  seatId: string;
  session: ListedSession;
  slotStart: string | null;
  candidate: SeatCandidate;
  status: MemberGridStatus;
  evaluationId: string | null;
  presides: boolean;
};

export type GuideCards = {
  key: string;
  version: string;
  title: string;
  certification: string | null;
  cards: RolePlay[];
};

export type Followed = {
  id: string;
  name: string;
  status: string;
  accessRoute: string;
  projectTitle: string;
};

export type Tutors = {
  organisation: { id: string; name: string };
  tutors: Array<{
    id: string;
    displayName: string;
    email: string;
    load: number;
    candidates: Followed[];
  }>;
  unassigned: Followed[];
};

export const deliberationsQuery = queryOptions({
  queryKey: ['jury', 'deliberations'],
  queryFn: () => apiFetch<ListedDeliberation[]>('/api/jury/deliberations'),
});

export const memberGridsQuery = queryOptions({
  queryKey: ['jury', 'grids'],
  queryFn: () => apiFetch<MemberGrid[]>('/api/jury/grids'),
});

export const rolePlayCardsQuery = queryOptions({
  queryKey: ['role-play-cards'],
  queryFn: () => apiFetch<GuideCards[]>('/api/role-play-cards'),
});

/** The printable PDF of one guide's cards. */
export const rolePlayPdfUrl = (guide: Pick<GuideCards, 'key' | 'version'>) =>
  `/api/instruments/${encodeURIComponent(guide.key)}/versions/${encodeURIComponent(guide.version)}/role-plays/pdf`;

export function tutorsQuery(organisationId: string) {
  return queryOptions({
    queryKey: ['tutors', organisationId],
    queryFn: () => apiFetch<Tutors>(`/api/organisations/${organisationId}/tutors`),
  });
}
