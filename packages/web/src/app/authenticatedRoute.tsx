import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { requireMe } from '../features/auth/requireMe.ts';
import { rootRoute } from './rootRoute.tsx';

/** Every page below needs a session: without one, GET /api/me answers 401 and we go to /login. */
export const authenticatedRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_authenticated',
  beforeLoad: async ({ context, location }) => ({
    me: await requireMe(context.queryClient, location.href),
  }),
  // The shell of signed-in pages is not part of the sign-in page (issue 16, item 9).
  component: lazyRouteComponent(() => import('./AuthenticatedLayout.tsx'), 'AuthenticatedLayout'),
});
