import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { sessionClosed } from '../../app/session.ts';
import { forgetDrafts } from '../../app/storage.ts';
import { logout, meQuery } from './authApi.ts';

/**
 * Signs out, forgets the drafts waiting on this device (the next person must not find them), then
 * to the login page; `comeBackTo` is where signing in again leads.
 */
export function useLogout(comeBackTo?: string) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: logout,
    onSuccess: async () => {
      // On purpose: to the sign-in page, not the dialog of a session that ended.
      sessionClosed();
      forgetDrafts();
      queryClient.clear();
      queryClient.setQueryData(meQuery.queryKey, null);
      await navigate({ to: '/login', search: comeBackTo ? { redirect: comeBackTo } : {} });
    },
  });
}
