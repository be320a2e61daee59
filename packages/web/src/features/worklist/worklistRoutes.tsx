// Issue 16's evaluators' sections in a space, at the slugs of the role's sections (a static
// route wins over the section placeholder): the tutor's grids and booklets, the trainer's
// groups, questionnaires and results, the candidate's questionnaires, the pilot's booklets,
// tutors and steering committee, the certifier's deliberations, the jury member's grids and
// role-play cards.
import { createRoute, lazyRouteComponent, type RouteComponent } from '@tanstack/react-router';
import { lazy } from 'react';
import { spaceRoute } from '../home/homeRoutes.tsx';
import { requireSection } from '../home/requireSection.ts';

// Pages loaded on first use, none with the sign-in page (issue 16, item 9).
const RolePlayCardsPage = lazyRouteComponent(
  () => import('../instruments/RolePlayCardsPage.tsx'),
  'RolePlayCardsPage',
);
const DeliberationsPage = lazyRouteComponent(
  () => import('../jury/DeliberationsPage.tsx'),
  'DeliberationsPage',
);
const MemberGridsPage = lazyRouteComponent(
  () => import('../jury/MemberGridsPage.tsx'),
  'MemberGridsPage',
);
const SteeringPage = lazyRouteComponent(
  () => import('../steering/SteeringPage.tsx'),
  'SteeringPage',
);
const TutorsPage = lazyRouteComponent(() => import('../team/TutorsPage.tsx'), 'TutorsPage');
const BookletsPage = lazy(() =>
  import('./BookletsPage.tsx').then((m) => ({ default: m.BookletsPage })),
);
const GroupsPage = lazyRouteComponent(() => import('./GroupsPage.tsx'), 'GroupsPage');
const MyQuestionnairesPage = lazyRouteComponent(
  () => import('./MyQuestionnairesPage.tsx'),
  'MyQuestionnairesPage',
);
const ObservationGridsPage = lazyRouteComponent(
  () => import('./ObservationGridsPage.tsx'),
  'ObservationGridsPage',
);
const QuestionnairesPage = lazyRouteComponent(
  () => import('./QuestionnairesPage.tsx'),
  'QuestionnairesPage',
);
const ResultsPage = lazyRouteComponent(() => import('./ResultsPage.tsx'), 'ResultsPage');

const sectionRoute = <const S extends string>(slug: S, component: RouteComponent) =>
  createRoute({
    getParentRoute: () => spaceRoute,
    path: slug,
    beforeLoad: requireSection(slug),
    component,
  });

export const worklistRoutes = [
  sectionRoute('observation-grids', ObservationGridsPage),
  sectionRoute('follow-up-booklet', () => <BookletsPage section="followUpBooklet" />),
  sectionRoute('follow-up-booklets', () => <BookletsPage section="followUpBooklets" />),
  sectionRoute('my-groups', GroupsPage),
  sectionRoute('questionnaires', QuestionnairesPage),
  sectionRoute('results', ResultsPage),
  sectionRoute('my-questionnaires', MyQuestionnairesPage),
  // The certifier's deliberations, the jury member's grids and role-play cards.
  sectionRoute('deliberations', DeliberationsPage),
  sectionRoute('evaluation-grids', MemberGridsPage),
  sectionRoute('role-play-cards', RolePlayCardsPage),
  // The pilot's tutors and steering committee.
  sectionRoute('tutors', TutorsPage),
  sectionRoute('steering-committee', SteeringPage),
];
