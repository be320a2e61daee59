import { useParams } from '@tanstack/react-router';
import type { Me, Membership } from '../auth/me.ts';
import { findMembership } from './spaces.ts';

/** The membership named by the URL (/espace/$organisationId/$role/…), if any. */
export function useCurrentSpace(me: Me | null | undefined): Membership | undefined {
  const { organisationId, role } = useParams({ strict: false });
  if (!me || !organisationId || !role) return undefined;
  return findMembership(me, { organisationId, role });
}
