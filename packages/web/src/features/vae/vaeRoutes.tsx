// The VAE booklet's pages (issue 6, item 5): the candidate's own at the slug of their "Mon
// livret VAE" section, and any candidate's booklet from their file, for those the API lets
// read it (the jury of their session, the pilot, the certifier).
import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { spaceRoute } from '../home/homeRoutes.tsx';
import { requireSection } from '../home/requireSection.ts';

export const myVaeBookletRoute = createRoute({
  getParentRoute: () => spaceRoute,
  path: 'my-vae-booklet',
  beforeLoad: requireSection('my-vae-booklet'),
  component: lazyRouteComponent(() => import('./VaeBookletPages.tsx'), 'MyVaeBookletPage'),
});

export const vaeBookletRoute = createRoute({
  getParentRoute: () => spaceRoute,
  path: 'candidates/$candidateId/vae-booklet',
  component: lazyRouteComponent(() => import('./VaeBookletPages.tsx'), 'VaeBookletPage'),
});

export const vaeRoutes = [myVaeBookletRoute, vaeBookletRoute];
