import { createRouter, parseSearchWith, stringifySearchWith } from '@tanstack/react-router';
import {
  forgotPasswordRoute,
  loginRoute,
  resetPasswordRoute,
} from '../features/auth/authRoutes.tsx';
// Projets, candidats et évaluations (issue 5).
import { candidateRoutes } from '../features/candidates/candidateRoutes.tsx';
// Issue 7: certificates, statistics, and the public verification pages (no login).
import {
  certificateSpaceRoutes,
  publicCertificateRoutes,
} from '../features/certificates/certificateRoutes.tsx';
import { evaluationRoute } from '../features/evaluations/evaluationRoutes.tsx';
import {
  homeRoute,
  sectionRoute,
  spaceHomeRoute,
  spaceRoute,
} from '../features/home/homeRoutes.tsx';
// Instruments d'évaluation (issue 4, item 4).
import { instrumentListRoute, instrumentRoute } from '../features/instruments/instrumentRoutes.tsx';
// Jury sessions and deliberations (issue 6).
import { juryRoutes } from '../features/jury/juryRoutes.tsx';
// The questionnaire taken online (issue 5, item 6).
import { takeRoute } from '../features/online/onlineRoutes.tsx';
// Issue 15: the certifier's outbox and tasks.
import { outboxRoute } from '../features/outbox/outboxRoutes.tsx';
// Issue 19, item 5: the certifier's personal-data screen.
import { personalDataRoute } from '../features/personalData/personalDataRoutes.tsx';
// Issue 15: the person's profile (language, e-mails switched off).
import { profileRoute } from '../features/profile/profileRoutes.tsx';
import {
  certificationListRoute,
  certificationVersionRoute,
} from '../features/referential/referentialRoutes.tsx';
// Issue 5, item 1: the team, the organisations and the public invitation page.
import { invitationRoute, teamRoutes } from '../features/team/teamRoutes.tsx';
import { vaeRoutes } from '../features/vae/vaeRoutes.tsx';
import { variantListRoute, variantRoute } from '../features/variant/variantRoutes.tsx';
// Issue 16: the evaluators' sections (grids, groups, questionnaires, results, booklets).
import { worklistRoutes } from '../features/worklist/worklistRoutes.tsx';
import { authenticatedRoute } from './authenticatedRoute.tsx';
import { createQueryClient } from './queryClient.ts';
import { AppNotFound, rootRoute } from './rootRoute.tsx';

const routeTree = rootRoute.addChildren([
  loginRoute,
  resetPasswordRoute,
  forgotPasswordRoute,
  // Issue 5, item 1: accepting an invitation, without a session.
  invitationRoute,
  // Issue 7: /verifier and /verifier/$number, opened by QR codes without a session.
  ...publicCertificateRoutes,
  authenticatedRoute.addChildren([
    homeRoute,
    profileRoute,
    spaceRoute.addChildren([
      spaceHomeRoute,
      certificationListRoute,
      certificationVersionRoute,
      variantListRoute,
      variantRoute,
      instrumentListRoute,
      instrumentRoute,
      // Issue 5: projects, candidates, positioning, booklet, evaluations.
      ...candidateRoutes,
      ...vaeRoutes,
      evaluationRoute,
      // Issue 5, item 6: the candidate takes a questionnaire online.
      takeRoute,
      // Issue 6: jury sessions, convocations, deliberations.
      ...juryRoutes,
      // Issue 5, item 1: the pilot's team, the certifier's organisations, invitations.
      ...teamRoutes,
      // Issue 7: the certifier's certificates and statistics, the holder's own.
      ...certificateSpaceRoutes,
      outboxRoute,
      ...worklistRoutes,
      personalDataRoute,
      sectionRoute,
    ]),
  ]),
]);

export const queryClient = createQueryClient();

export const router = createRouter({
  routeTree,
  context: { queryClient },
  // Search values stay plain strings: the default JSON parsing would turn a reset token
  // made of digits into a number.
  parseSearch: parseSearchWith((value) => value),
  stringifySearch: stringifySearchWith(String),
  defaultPreload: 'intent',
  // A not-found below a signed-in page shows in its place, inside the shell.
  defaultNotFoundComponent: AppNotFound,
  // TanStack Query owns the caching of API data; the router only decides what to show.
  defaultPreloadStaleTime: 0,
  scrollRestoration: true,
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
