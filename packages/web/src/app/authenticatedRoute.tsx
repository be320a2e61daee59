import { createRoute } from '@tanstack/react-router';
import { requireMe } from '../features/auth/requireMe.ts';
import { AuthenticatedLayout } from './AuthenticatedLayout.tsx';
import { rootRoute } from './rootRoute.tsx';

/** Every page below needs a session: without one, GET /api/me answers 401 and we go to /login. */
export const authenticatedRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: '_authenticated',
  beforeLoad: async ({ context, location }) => ({
    me: await requireMe(context.queryClient, location.href),
  }),
  component: AuthenticatedLayout,
});
