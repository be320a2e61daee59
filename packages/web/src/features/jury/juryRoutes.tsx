// Issue 6's pages in a space: the sessions at the slugs of the certifier's and the jury
// member's sections (a static route wins over the section placeholder), convening a session
// (certifier), one session, and one candidate's deliberation. The API decides who sees what.
import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import type { Membership } from '../auth/me.ts';
import { spaceRoute } from '../home/homeRoutes.tsx';
import { spaceParams } from '../home/spaces.ts';

const SessionListPage = lazyRouteComponent(
  () => import('./SessionListPage.tsx'),
  'SessionListPage',
);

type Context = { context: { membership: Membership } };

function only(role: Membership['role']) {
  return ({ context }: Context) => {
    if (context.membership.role !== role)
      throw redirect({
        to: '/espace/$organisationId/$role',
        params: spaceParams(context.membership),
      });
  };
}

export const jurySessionListRoute = createRoute({
  getParentRoute: () => spaceRoute,
  path: 'jury-sessions',
  beforeLoad: only('certifier_admin'),
  component: SessionListPage,
});

export const myJurySessionListRoute = createRoute({
  getParentRoute: () => spaceRoute,
  path: 'my-jury-sessions',
  beforeLoad: only('jury_member'),
  component: SessionListPage,
});

export const newSessionRoute = createRoute({
  getParentRoute: () => spaceRoute,
  path: 'jury/sessions/new',
  beforeLoad: only('certifier_admin'),
  component: lazyRouteComponent(() => import('./NewSessionPage.tsx'), 'NewSessionPage'),
});

export const sessionRoute = createRoute({
  getParentRoute: () => spaceRoute,
  path: 'jury/sessions/$sessionId',
  component: lazyRouteComponent(() => import('./SessionPage.tsx'), 'SessionPage'),
});

export const deliberationRoute = createRoute({
  getParentRoute: () => spaceRoute,
  path: 'jury/candidates/$seatId',
  component: lazyRouteComponent(() => import('./DeliberationPage.tsx'), 'DeliberationPage'),
});

/** Every route of this feature, for the router's tree. */
export const juryRoutes = [
  jurySessionListRoute,
  myJurySessionListRoute,
  newSessionRoute,
  sessionRoute,
  deliberationRoute,
];
