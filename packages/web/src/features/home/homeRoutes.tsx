import {
  createRoute,
  lazyRouteComponent,
  Outlet,
  redirect,
  useRouteContext,
} from '@tanstack/react-router';
import { useEffect } from 'react';
import { authenticatedRoute } from '../../app/authenticatedRoute.tsx';
import { toSpaceHome } from './requireSection.ts';
import { findMembership, preferredSpace, rememberSpace, spaceParams } from './spaces.ts';

/** `/` opens the space used last, or the first one; a person without any sees why. */
export const homeRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: '/',
  beforeLoad: ({ context }) => {
    const space = preferredSpace(context.me);
    if (space) {
      throw redirect({ to: '/espace/$organisationId/$role', params: spaceParams(space) });
    }
  },
  component: lazyRouteComponent(() => import('./NoSpacePage.tsx'), 'NoSpacePage'),
});

function SpaceLayout() {
  const { me, membership } = useRouteContext({
    from: '/_authenticated/espace/$organisationId/$role',
  });
  useEffect(() => rememberSpace(me.id, membership), [me.id, membership]);
  return <Outlet />;
}

/** A space is in the URL, so a link to it can be shared and reopened; only one's own opens. */
export const spaceRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'espace/$organisationId/$role',
  beforeLoad: ({ context, params }) => {
    const membership = findMembership(context.me, params);
    if (!membership) throw redirect({ to: '/' });
    return { membership };
  },
  component: SpaceLayout,
});

export const spaceHomeRoute = createRoute({
  getParentRoute: () => spaceRoute,
  path: '/',
  component: lazyRouteComponent(() => import('./RoleHome.tsx'), 'RoleHome'),
});

export const sectionRoute = createRoute({
  getParentRoute: () => spaceRoute,
  path: '$section',
  // Every section of a role's navigation has a page of its own at its slug (a static route
  // wins over this one; issue 16: no section left unfinished). What reaches here is no
  // section of this role (an old bookmark, another role's link): the space's home.
  beforeLoad: ({ context }) => toSpaceHome(context.membership),
});
