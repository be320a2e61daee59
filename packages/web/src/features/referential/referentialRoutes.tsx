import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { spaceRoute } from '../home/homeRoutes.tsx';
import { parseVersionSearch } from './views.ts';

// The referentials are readable from every space (the API lets any signed-in person read
// them). `certifications` is also the certifier's section slug: this static route wins over
// the section placeholder, so the section's card and menu entry open the list.
export const certificationListRoute = createRoute({
  getParentRoute: () => spaceRoute,
  path: 'certifications',
  component: lazyRouteComponent(
    () => import('./CertificationListPage.tsx'),
    'CertificationListPage',
  ),
});

/** One version, its view (tree, matrix…) in the query string so that a link reopens it. */
export const certificationVersionRoute = createRoute({
  getParentRoute: () => spaceRoute,
  path: 'certifications/$slug/$version',
  validateSearch: parseVersionSearch,
  component: lazyRouteComponent(() => import('./VersionPage.tsx'), 'VersionPage'),
});
