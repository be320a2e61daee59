import { createRoute, redirect } from '@tanstack/react-router';
import type { Membership } from '../auth/me.ts';
import { spaceRoute } from '../home/homeRoutes.tsx';
import { findSection } from '../home/sections.ts';
import { spaceParams } from '../home/spaces.ts';
import { VariantListPage } from './VariantListPage.tsx';
import { VariantPage } from './VariantPage.tsx';

/**
 * Only in the spaces whose navigation has the "Référentiel adapté" section; elsewhere, the
 * space's home (as for any section the role does not have). The API decides the rest.
 */
function requireAdaptedReferential({ context }: { context: { membership: Membership } }) {
  if (!findSection(context.membership.role, 'adapted-referential')) {
    throw redirect({
      to: '/espace/$organisationId/$role',
      params: spaceParams(context.membership),
    });
  }
}

// `adapted-referential` is the section's slug: this static route wins over the section
// placeholder, so the section's card and menu entry open the company's variants.
export const variantListRoute = createRoute({
  getParentRoute: () => spaceRoute,
  path: 'adapted-referential',
  beforeLoad: requireAdaptedReferential,
  component: VariantListPage,
});

export const variantRoute = createRoute({
  getParentRoute: () => spaceRoute,
  path: 'adapted-referential/$variantId',
  beforeLoad: requireAdaptedReferential,
  component: VariantPage,
});
