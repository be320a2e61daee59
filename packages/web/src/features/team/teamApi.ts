// What the team and invitation screens read and write. Shapes follow
// packages/server/src/organisations/routes.ts and GET /api/organisations.
import type { InvitationStanding } from '@certeval/core/organisation/invitations';
import type { OrganisationKind, Role } from '@certeval/core/organisation/roles';
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from '../../app/apiClient.ts';
import type { Delivery } from '../outbox/DeliveryState.tsx';

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
  /** Who made it; null if that account is gone. */
  invitedBy: string | null;
  expiresAt: string;
  /** Whether the reader may cancel it or send it again (they may hand out its role here). */
  canCancel: boolean;
  /** Where its latest e-mail stands (issue 15). */
  delivery: Delivery;
};

export type People = {
  organisation: { id: string; name: string; kind: OrganisationKind };
  people: Person[];
  invitations: OpenInvitation[];
};

export type InvitationInput = { email: string; displayName: string; role: Role };

/** A sent invitation: where its e-mail stands, never its link (issue 15). */
export type SentInvitation = { id: string; expiresAt: string; delivery: Delivery };

/** What a public invitation link is for, and where the reader stands to it. */
export type InvitationSummary = {
  email: string;
  displayName: string;
  role: Role;
  organisationName: string;
  expiresAt: string;
  standing: InvitationStanding;
};

/** An invitation waiting for the signed-in person's answer. */
export type PendingInvitation = {
  id: string;
  organisationId: string;
  organisationName: string;
  role: Role;
  invitedBy: string | null;
  expiresAt: string;
};

/** An accepted invitation: the account and the role it now holds. */
export type AcceptedInvitation = {
  email: string;
  accountCreated: boolean;
  organisationId: string;
  role: Role;
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

// Where the reader stands depends on their session: signing in or out clears the cache.
export const invitationQuery = (token: string) =>
  queryOptions({
    queryKey: ['invitation', token],
    queryFn: () => apiFetch<InvitationSummary>(`/api/invitations/${encodeURIComponent(token)}`),
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  });

export const pendingInvitationsQuery = queryOptions({
  queryKey: ['me', 'invitations'],
  queryFn: () => apiFetch<PendingInvitation[]>('/api/me/invitations'),
});

export function createOrganisation(input: NewOrganisation) {
  return apiFetch<{ id: string; kind: OrganisationKind; name: string }>('/api/organisations', {
    method: 'POST',
    body: input,
  });
}

export function invite(organisationId: string, input: InvitationInput) {
  return apiFetch<SentInvitation>(
    `/api/organisations/${encodeURIComponent(organisationId)}/invitations`,
    { method: 'POST', body: input },
  );
}

/** Sends an open invitation again: a new link; the former one opens nothing. */
export function resendInvitation(organisationId: string, invitationId: string) {
  return apiFetch<SentInvitation>(
    `/api/organisations/${encodeURIComponent(organisationId)}/invitations/${encodeURIComponent(invitationId)}/resend`,
    { method: 'POST' },
  );
}

export function cancelInvitation(organisationId: string, invitationId: string) {
  return apiFetch<void>(
    `/api/organisations/${encodeURIComponent(organisationId)}/invitations/${encodeURIComponent(invitationId)}/cancel`,
    { method: 'POST' },
  );
}

/** An invitation answered through its link, or by its id among one's own pending ones. */
export type InvitationKey = { token: string } | { id: string };

const answerPath = (key: InvitationKey, answer: 'accept' | 'decline') =>
  'token' in key
    ? `/api/invitations/${encodeURIComponent(key.token)}/${answer}`
    : `/api/me/invitations/${encodeURIComponent(key.id)}/${answer}`;

/** Accepts; a password only for an address that has no account yet. */
export function acceptInvitation(key: InvitationKey, password?: string) {
  return apiFetch<AcceptedInvitation>(answerPath(key, 'accept'), {
    method: 'POST',
    body: password === undefined ? {} : { password },
  });
}

export function declineInvitation(key: InvitationKey) {
  return apiFetch<void>(answerPath(key, 'decline'), { method: 'POST' });
}
