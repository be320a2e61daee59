import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import type { Membership } from '../auth/me.ts';
import { spaceRoute } from '../home/homeRoutes.tsx';
import { findSection } from '../home/sections.ts';
import { spaceParams } from '../home/spaces.ts';
import { parseInstrumentSearch } from './instrumentRouteIds.ts';

/**
 * Only in the spaces whose navigation has the "Instruments d'évaluation" section (the
 * certifier's and the pilot's); elsewhere, the space's home. The API decides the rest.
 */
function requireInstruments({ context }: { context: { membership: Membership } }) {
  if (!findSection(context.membership.role, 'instruments')) {
    throw redirect({
      to: '/espace/$organisationId/$role',
      params: spaceParams(context.membership),
    });
  }
}

// `instruments` is the section's slug: this static route wins over the section placeholder.
// The screens load on first use: the editor brings core's instrument checks (TypeBox compiled
// validators), which no other page needs.
export const instrumentListRoute = createRoute({
  getParentRoute: () => spaceRoute,
  path: 'instruments',
  beforeLoad: requireInstruments,
  component: lazyRouteComponent(() => import('./InstrumentListPage.tsx'), 'InstrumentListPage'),
});

/** One version of an instrument; `?view=preview` opens it as the evaluator sees it. */
export const instrumentRoute = createRoute({
  getParentRoute: () => spaceRoute,
  path: 'instruments/$key/$version',
  beforeLoad: requireInstruments,
  validateSearch: parseInstrumentSearch,
  component: lazyRouteComponent(() => import('./InstrumentPage.tsx'), 'InstrumentPage'),
});
