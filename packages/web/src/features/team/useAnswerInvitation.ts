import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { meQuery } from '../auth/authApi.ts';
import {
  acceptInvitation,
  declineInvitation,
  type InvitationKey,
  pendingInvitationsQuery,
} from './teamApi.ts';

/**
 * Accepting or declining an invitation. A new account goes to sign in; an existing one, whose
 * owner is signed in, is read again (the role is a new space) and opens that space.
 */
export function useAnswerInvitation(key: InvitationKey) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const accept = useMutation({
    mutationFn: (password?: string) => acceptInvitation(key, password),
    onSuccess: async (accepted) => {
      if (accepted.accountCreated) {
        await navigate({ to: '/login', search: { invited: accepted.email } });
        return;
      }
      await queryClient.fetchQuery({ ...meQuery, staleTime: 0 });
      await queryClient.invalidateQueries({ queryKey: pendingInvitationsQuery.queryKey });
      await navigate({
        to: '/espace/$organisationId/$role',
        params: { organisationId: accepted.organisationId, role: accepted.role },
      });
    },
  });
  const decline = useMutation({
    mutationFn: () => declineInvitation(key),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: pendingInvitationsQuery.queryKey }),
  });
  return { accept, decline };
}
