// What the team and invitation screens read and write. Shapes follow
// packages/server/src/organisations/routes.ts and GET /api/organisations.
import type { OrganisationKind, Role } from '@certeval/core/organisation/roles';
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../app/apiClient.ts';

export type Organisation = {
  id: string;
  kind: OrganisationKind;
  name: string;
  siret: string | null;
};

export type Person = { id: string; displayName: string; email: string; roles: Role[] };

export type OpenInvitation = {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  expiresAt: string;
};

export type People = {
  organisation: { id: string; name: string; kind: OrganisationKind };
  people: Person[];
  invitations: OpenInvitation[];
};

export type InvitationInput = { email: string; displayName: string; role: Role };

/** The one-time link to hand over (no e-mail is sent). */
export type CreatedInvitation = { url: string; expiresAt: string };

/** What a public invitation link is for, before it is accepted. */
export type InvitationSummary = {
  email: string;
  displayName: string;
  role: string;
  organisationName: string;
  accountExists: boolean;
};

export type NewOrganisation = { kind: OrganisationKind; name: string; siret?: string };

export const organisationsQuery = queryOptions({
  queryKey: ['organisations'],
  queryFn: () => apiFetch<Organisation[]>('/api/organisations'),
});

export const peopleQuery = (organisationId: string) =>
  queryOptions({
    queryKey: ['organisations', organisationId, 'people'],
    queryFn: () =>
      apiFetch<People>(`/api/organisations/${encodeURIComponent(organisationId)}/people`),
  });

export const invitationQuery = (token: string) =>
  queryOptions({
    queryKey: ['invitation', token],
    queryFn: () => apiFetch<InvitationSummary>(`/api/invitations/${encodeURIComponent(token)}`),
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });

export function createOrganisation(input: NewOrganisation) {
  return apiFetch<{ id: string; kind: OrganisationKind; name: string }>('/api/organisations', {
    method: 'POST',
    body: input,
  });
}

export function invite(organisationId: string, input: InvitationInput) {
  return apiFetch<CreatedInvitation>(
    `/api/organisations/${encodeURIComponent(organisationId)}/invitations`,
    { method: 'POST', body: input },
  );
}

export function acceptInvitation(token: string, password?: string) {
  return apiFetch<{ email: string }>(`/api/invitations/${encodeURIComponent(token)}/accept`, {
    method: 'POST',
    body: password === undefined ? {} : { password },
  });
}
