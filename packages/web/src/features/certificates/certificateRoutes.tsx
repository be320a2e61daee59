// Issue 7's pages. In a space: the certifier's certificates and statistics, the holder's own
// documents, at the slugs of their sections (a static route wins over the section placeholder).
// Public, without a session: /verifier (by number or file) and /verifier/$number, which the
// QR codes and share links open. Pages load on first use (the statistics bring the charts).
import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { rootRoute } from '../../app/rootRoute.tsx';
import type { Membership } from '../auth/me.ts';
import { spaceRoute } from '../home/homeRoutes.tsx';
import { findSection } from '../home/sections.ts';
import { spaceParams } from '../home/spaces.ts';

type Context = { context: { membership: Membership } };

function requireSection(slug: string) {
  return ({ context }: Context) => {
    if (!findSection(context.membership.role, slug)) {
      throw redirect({
        to: '/espace/$organisationId/$role',
        params: spaceParams(context.membership),
      });
    }
  };
}

export const certificatesRoute = createRoute({
  getParentRoute: () => spaceRoute,
  path: 'certificates',
  beforeLoad: requireSection('certificates'),
  component: lazyRouteComponent(() => import('./CertificatesPage.tsx'), 'CertificatesPage'),
});

export const statisticsRoute = createRoute({
  getParentRoute: () => spaceRoute,
  path: 'statistics',
  beforeLoad: requireSection('statistics'),
  component: lazyRouteComponent(() => import('./StatisticsPage.tsx'), 'StatisticsPage'),
});

export const myCertificateRoute = createRoute({
  getParentRoute: () => spaceRoute,
  path: 'my-certificate',
  beforeLoad: requireSection('my-certificate'),
  component: lazyRouteComponent(() => import('./MyCertificatesPage.tsx'), 'MyCertificatesPage'),
});

/** The space pages of certificates, for the router's space. */
export const certificateSpaceRoutes = [certificatesRoute, statisticsRoute, myCertificateRoute];

export const verifyRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'verifier',
  component: lazyRouteComponent(() => import('./VerifyPage.tsx'), 'VerifyPage'),
});

export const verifyNumberRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'verifier/$number',
  component: lazyRouteComponent(
    () => import('./PublicCertificatePage.tsx'),
    'PublicCertificatePage',
  ),
});

/** Reachable without a session: beside the login page, outside the authenticated shell. */
export const publicCertificateRoutes = [verifyRoute, verifyNumberRoute];
