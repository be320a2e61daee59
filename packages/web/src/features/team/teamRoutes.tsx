// Issue 5, item 1: the company pilot's team, the certifier's organisations (at the slugs of
// their sections: a static route wins over the section placeholder), and the public page an
// invitation link opens, outside the signed-in shell like the reset-password page.
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '../../app/rootRoute.tsx';
import { spaceRoute } from '../home/homeRoutes.tsx';
import { requireSection } from '../home/requireSection.ts';

export const teamRoute = createRoute({
  getParentRoute: () => spaceRoute,
  path: 'team',
  beforeLoad: requireSection('team'),
  component: lazyRouteComponent(() => import('./TeamPage.tsx'), 'TeamPage'),
});

export const organisationsRoute = createRoute({
  getParentRoute: () => spaceRoute,
  path: 'organisations',
  beforeLoad: requireSection('organisations'),
  component: lazyRouteComponent(() => import('./OrganisationsPage.tsx'), 'OrganisationsPage'),
});

export const organisationPeopleRoute = createRoute({
  getParentRoute: () => spaceRoute,
  path: 'organisations/$targetId',
  beforeLoad: requireSection('organisations'),
  component: lazyRouteComponent(
    () => import('./OrganisationPeoplePage.tsx'),
    'OrganisationPeoplePage',
  ),
});

/** Every signed-in route of this feature, for the router's tree. */
export const teamRoutes = [teamRoute, organisationsRoute, organisationPeopleRoute];

export const invitationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'invitation',
  validateSearch: (search: Record<string, unknown>): { token?: string } =>
    typeof search.token === 'string' && search.token !== '' ? { token: search.token } : {},
  component: lazyRouteComponent(() => import('./InvitationPage.tsx'), 'InvitationPage'),
});
