// Issue 15: the certifier's outbox and tasks, at the slug of its section.
import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import type { Membership } from '../auth/me.ts';
import { spaceRoute } from '../home/homeRoutes.tsx';
import { findSection } from '../home/sections.ts';
import { spaceParams } from '../home/spaces.ts';

export const outboxRoute = createRoute({
  getParentRoute: () => spaceRoute,
  path: 'messages',
  beforeLoad: ({ context }: { context: { membership: Membership } }) => {
    if (!findSection(context.membership.role, 'messages')) {
      throw redirect({
        to: '/espace/$organisationId/$role',
        params: spaceParams(context.membership),
      });
    }
  },
  component: lazyRouteComponent(() => import('./OutboxPage.tsx'), 'OutboxPage'),
});
