import { createRoute, redirect } from '@tanstack/react-router';
import { rootRoute } from '../../app/rootRoute.tsx';
import { meQuery } from './authApi.ts';
import { LoginPage } from './LoginPage.tsx';
import { ResetPasswordPage } from './ResetPasswordPage.tsx';
import { safeRedirect } from './requireMe.ts';

export const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'login',
  validateSearch: (search: Record<string, unknown>): { redirect?: string; invited?: string } => {
    const target = safeRedirect(search.redirect);
    // Issue 5, item 1: the address of an invitation just accepted, to greet and prefill.
    const invited = typeof search.invited === 'string' && search.invited ? search.invited : null;
    return { ...(target ? { redirect: target } : {}), ...(invited ? { invited } : {}) };
  },
  beforeLoad: async ({ context, search }) => {
    // Someone already signed in has nothing to do here. An unreachable API is shown by
    // the form's own error when they try, not as a broken page.
    const me = await context.queryClient.ensureQueryData(meQuery).catch(() => null);
    // `href`, when given, wins over `to`.
    if (me) throw redirect({ to: '/', href: search.redirect });
  },
  component: LoginPage,
});

export const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'reset-password',
  validateSearch: (search: Record<string, unknown>): { token?: string } =>
    typeof search.token === 'string' && search.token !== '' ? { token: search.token } : {},
  component: ResetPasswordPage,
});
