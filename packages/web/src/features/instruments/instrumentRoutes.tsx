import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { spaceRoute } from '../home/homeRoutes.tsx';
import { requireSection } from '../home/requireSection.ts';
import { parseInstrumentSearch } from './instrumentRouteIds.ts';

// `instruments` is the slug of the "Instruments d'évaluation" section (the certifier's and the
// pilot's): this static route wins over the section placeholder.
// The screens load on first use: the editor brings core's instrument checks (TypeBox compiled
// validators), which no other page needs.
export const instrumentListRoute = createRoute({
  getParentRoute: () => spaceRoute,
  path: 'instruments',
  beforeLoad: requireSection('instruments'),
  component: lazyRouteComponent(() => import('./InstrumentListPage.tsx'), 'InstrumentListPage'),
});

/** One version of an instrument; `?view=preview` opens it as the evaluator sees it. */
export const instrumentRoute = createRoute({
  getParentRoute: () => spaceRoute,
  path: 'instruments/$key/$version',
  beforeLoad: requireSection('instruments'),
  validateSearch: parseInstrumentSearch,
  component: lazyRouteComponent(() => import('./InstrumentPage.tsx'), 'InstrumentPage'),
});
