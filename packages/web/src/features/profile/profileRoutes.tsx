// Issue 15, item 4: the profile page, reached from the menu of the person's name.
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { authenticatedRoute } from '../../app/authenticatedRoute.tsx';

export const profileRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'profile',
  component: lazyRouteComponent(() => import('./ProfilePage.tsx'), 'ProfilePage'),
});
