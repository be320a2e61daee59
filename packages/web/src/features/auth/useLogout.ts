import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { sessionClosed } from '../../app/session.ts';
import { logout, meQuery } from './authApi.ts';

/** Signs out, then to the login page; `comeBackTo` is where signing in again leads. */
export function useLogout(comeBackTo?: string) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: logout,
    onSuccess: async () => {
      // On purpose: to the sign-in page, not the dialog of a session that ended.
      sessionClosed();
      queryClient.clear();
      queryClient.setQueryData(meQuery.queryKey, null);
      await navigate({ to: '/login', search: comeBackTo ? { redirect: comeBackTo } : {} });
    },
  });
}
