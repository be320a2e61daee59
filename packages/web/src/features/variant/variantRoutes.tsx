import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { spaceRoute } from '../home/homeRoutes.tsx';
import { requireSection } from '../home/requireSection.ts';

// `adapted-referential` is the slug of the "Référentiel adapté" section: this static route
// wins over the section placeholder, so the section's card and menu entry open the company's
// variants.
export const variantListRoute = createRoute({
  getParentRoute: () => spaceRoute,
  path: 'adapted-referential',
  beforeLoad: requireSection('adapted-referential'),
  component: lazyRouteComponent(() => import('./VariantListPage.tsx'), 'VariantListPage'),
});

export const variantRoute = createRoute({
  getParentRoute: () => spaceRoute,
  path: 'adapted-referential/$variantId',
  beforeLoad: requireSection('adapted-referential'),
  component: lazyRouteComponent(() => import('./VariantPage.tsx'), 'VariantPage'),
});
