// Issue 19, item 5: the certifier's personal-data screen, at the slug of its section.
import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import type { Membership } from '../auth/me.ts';
import { spaceRoute } from '../home/homeRoutes.tsx';
import { findSection } from '../home/sections.ts';
import { spaceParams } from '../home/spaces.ts';

export const personalDataRoute = createRoute({
  getParentRoute: () => spaceRoute,
  path: 'personal-data',
  beforeLoad: ({ context }: { context: { membership: Membership } }) => {
    if (!findSection(context.membership.role, 'personal-data')) {
      throw redirect({
        to: '/espace/$organisationId/$role',
        params: spaceParams(context.membership),
      });
    }
  },
  component: lazyRouteComponent(() => import('./PersonalDataPage.tsx'), 'PersonalDataPage'),
});
