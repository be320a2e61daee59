import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { spaceRoute } from '../home/homeRoutes.tsx';

/** One evaluation, filled by its evaluator (autosaved) or read by whoever may see the file. */
export const evaluationRoute = createRoute({
  getParentRoute: () => spaceRoute,
  path: 'evaluations/$evaluationId',
  component: lazyRouteComponent(() => import('./EvaluationPage.tsx'), 'EvaluationPage'),
});
