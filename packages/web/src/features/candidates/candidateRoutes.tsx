// Issue 5's pages in a space: company projects, candidates, a candidate's file, positioning
// and follow-up booklet. The lists sit at the slugs of the role's sections (a static route wins
// over the section placeholder), so the section's card and menu entry open them; the pages of
// one project or candidate are reached from there, and the API decides who sees what. Pages
// load on first use (the booklet brings the chart library).
import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { lazy } from 'react';
import type { Membership } from '../auth/me.ts';
import { spaceRoute } from '../home/homeRoutes.tsx';
import { findSection, type SectionKey } from '../home/sections.ts';
import { spaceParams } from '../home/spaces.ts';
import type { ListView } from './candidateRouteIds.ts';
import { parseEnrolSearch } from './candidateRouteIds.ts';

// Issue 16, item 9: every page loads on first use, none with the sign-in page.
const CandidateListPage = lazy(() =>
  import('./CandidateListPage.tsx').then((m) => ({ default: m.CandidateListPage })),
);

type Context = { context: { membership: Membership } };

function toSpaceHome(membership: Membership): never {
  throw redirect({ to: '/espace/$organisationId/$role', params: spaceParams(membership) });
}

/** A list page only in the spaces whose navigation has its section; elsewhere, the home. */
function requireSection(slug: string) {
  return ({ context }: Context) => {
    if (!findSection(context.membership.role, slug)) toSpaceHome(context.membership);
  };
}

function listRoute<const S extends string>(slug: S, section: SectionKey, view: ListView) {
  return createRoute({
    getParentRoute: () => spaceRoute,
    path: slug,
    beforeLoad: requireSection(slug),
    component: () => <CandidateListPage view={view} section={section} />,
  });
}

function projectListRoute<const S extends string>(slug: S) {
  return createRoute({
    getParentRoute: () => spaceRoute,
    path: slug,
    beforeLoad: requireSection(slug),
    component: lazyRouteComponent(() => import('./ProjectListPage.tsx'), 'ProjectListPage'),
  });
}

export const candidateListRoutes = [
  listRoute('candidates', 'candidates', 'file'),
  listRoute('my-candidates', 'myCandidates', 'file'),
  listRoute('my-pathway', 'myPathway', 'file'),
  // The grids, results and booklets have pages of their own (features/worklist, issue 16).
];

export const projectListRoutes = [
  projectListRoute('cqp-project'),
  projectListRoute('company-projects'),
];

// Only the pilot opens a project and enrols; the API refuses anyone else anyway.
function requirePilot({ context }: Context) {
  if (context.membership.role !== 'company_pilot') toSpaceHome(context.membership);
}

export const newProjectRoute = createRoute({
  getParentRoute: () => spaceRoute,
  path: 'projects/new',
  beforeLoad: requirePilot,
  component: lazyRouteComponent(() => import('./NewProjectPage.tsx'), 'NewProjectPage'),
});

export const projectRoute = createRoute({
  getParentRoute: () => spaceRoute,
  path: 'projects/$projectId',
  component: lazyRouteComponent(() => import('./ProjectPage.tsx'), 'ProjectPage'),
});

export const enrolRoute = createRoute({
  getParentRoute: () => spaceRoute,
  path: 'candidates/new',
  beforeLoad: requirePilot,
  validateSearch: parseEnrolSearch,
  component: lazyRouteComponent(() => import('./EnrolPage.tsx'), 'EnrolPage'),
});

export const candidateRoute = createRoute({
  getParentRoute: () => spaceRoute,
  path: 'candidates/$candidateId',
  component: lazyRouteComponent(() => import('./CandidatePage.tsx'), 'CandidatePage'),
});

export const editCandidateRoute = createRoute({
  getParentRoute: () => spaceRoute,
  path: 'candidates/$candidateId/edit',
  component: lazyRouteComponent(() => import('./EnrolPage.tsx'), 'EditCandidatePage'),
});

export const positioningRoute = createRoute({
  getParentRoute: () => spaceRoute,
  path: 'candidates/$candidateId/positioning',
  component: lazyRouteComponent(() => import('./PositioningPage.tsx'), 'PositioningPage'),
});

export const bookletRoute = createRoute({
  getParentRoute: () => spaceRoute,
  path: 'candidates/$candidateId/booklet',
  component: lazyRouteComponent(() => import('./BookletPage.tsx'), 'BookletPage'),
});

/** Every route of this feature, for the router's tree. */
export const candidateRoutes = [
  ...projectListRoutes,
  newProjectRoute,
  projectRoute,
  ...candidateListRoutes,
  enrolRoute,
  candidateRoute,
  editCandidateRoute,
  positioningRoute,
  bookletRoute,
];
