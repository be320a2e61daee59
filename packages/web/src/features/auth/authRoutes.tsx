import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { rootRoute } from '../../app/rootRoute.tsx';
import { meQuery } from './authApi.ts';
import { safeRedirect } from './requireMe.ts';

const nonEmpty = (value: unknown) => (typeof value === 'string' && value ? value : undefined);

export const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'login',
  validateSearch: (
    search: Record<string, unknown>,
  ): { redirect?: string; invited?: string; email?: string } => {
    const target = safeRedirect(search.redirect);
    // Issue 5, item 1: the address of an invitation just accepted, to greet and prefill.
    const invited = nonEmpty(search.invited);
    // Issue 14, item 1: the address an invitation is for, to prefill when signing in to answer.
    const email = nonEmpty(search.email);
    return {
      ...(target ? { redirect: target } : {}),
      ...(invited ? { invited } : {}),
      ...(email ? { email } : {}),
    };
  },
  beforeLoad: async ({ context, search }) => {
    // Someone already signed in has nothing to do here. An unreachable API is shown by
    // the form's own error when they try, not as a broken page.
    const me = await context.queryClient.ensureQueryData(meQuery).catch(() => null);
    // `href`, when given, wins over `to`.
    if (me) throw redirect({ to: '/', href: search.redirect });
  },
  component: lazyRouteComponent(() => import('./LoginPage.tsx'), 'LoginPage'),
});

export const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'reset-password',
  validateSearch: (search: Record<string, unknown>): { token?: string } =>
    typeof search.token === 'string' && search.token !== '' ? { token: search.token } : {},
  component: lazyRouteComponent(() => import('./ResetPasswordPage.tsx'), 'ResetPasswordPage'),
});

// Issue 15, item 2: asking for a reset link from the sign-in page.
export const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'forgot-password',
  validateSearch: (search: Record<string, unknown>): { email?: string } => {
    const email = nonEmpty(search.email);
    return email ? { email } : {};
  },
  component: lazyRouteComponent(() => import('./ForgotPasswordPage.tsx'), 'ForgotPasswordPage'),
});
