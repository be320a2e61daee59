// What the steering committee's page reads and writes (packages/server/src/steering/routes.ts).
import type { CommitteeMember } from '@certeval/core/steering/steering';
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../app/apiClient.ts';

export type { CommitteeMember };

export type Minutes = {
  id: string;
  meetingId: string;
  fileName: string;
  size: number;
  sha256: string;
  createdAt: string;
};

export type Meeting = { id: string; date: string; title: string; agenda: string };

export type Committee = {
  id: string;
  title: string;
  organisationId: string;
  organisationName: string;
  status: string;
  revision: number;
  members: CommitteeMember[];
  canEdit: boolean;
  meetings: Array<Meeting & { minutes: Minutes[] }>;
};

export function steeringQuery(organisationId: string) {
  return queryOptions({
    queryKey: ['steering', organisationId],
    queryFn: () =>
      apiFetch<Committee[]>(`/api/steering?${new URLSearchParams({ organisationId })}`),
  });
}

export function saveMembers(projectId: string, members: CommitteeMember[], revision: number) {
  return apiFetch<{ revision: number; members: CommitteeMember[] }>(
    `/api/steering/projects/${projectId}/members`,
    { method: 'PUT', body: { members, revision } },
  );
}

export type MeetingInput = { date: string; title: string; agenda: string };

export function planMeeting(projectId: string, input: MeetingInput) {
  return apiFetch<Meeting>(`/api/steering/projects/${projectId}/meetings`, {
    method: 'POST',
    body: input,
  });
}

export function attachMinutes(meetingId: string, file: File) {
  return apiFetch<Minutes>(
    `/api/steering/meetings/${meetingId}/minutes?${new URLSearchParams({ fileName: file.name })}`,
    { method: 'POST', file },
  );
}

export const minutesUrl = (m: Pick<Minutes, 'meetingId' | 'id'>) =>
  `/api/steering/meetings/${m.meetingId}/minutes/${m.id}`;
