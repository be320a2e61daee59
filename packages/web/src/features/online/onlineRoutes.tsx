import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { spaceRoute } from '../home/homeRoutes.tsx';

/** The candidate takes a questionnaire assigned to them (issue 5, item 6). */
export const takeRoute = createRoute({
  getParentRoute: () => spaceRoute,
  path: 'evaluations/$evaluationId/take',
  component: lazyRouteComponent(() => import('./TakePage.tsx'), 'TakePage'),
});
