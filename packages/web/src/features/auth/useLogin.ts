import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { sessionResumed } from '../../app/session.ts';
import { login, meQuery } from './authApi.ts';

export function useLogin(redirectTo: string | undefined) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: login,
    onSuccess: async (me) => {
      // Nothing cached for a previous person may leak into this session.
      queryClient.clear();
      queryClient.setQueryData(meQuery.queryKey, me);
      sessionResumed();
      // `href`, when given, wins over `to`: back to the page that asked for a session.
      await navigate({ to: '/', href: redirectTo });
    },
  });
}
