// Issue 16's evaluators' sections in a space, at the slugs of the role's sections (a static
// route wins over the section placeholder): the tutor's grids and booklets, the trainer's
// groups, questionnaires and results, the candidate's questionnaires, the pilot's booklets,
// tutors and steering committee, the certifier's deliberations, the jury member's grids and
// role-play cards.
import { createRoute } from '@tanstack/react-router';
import { spaceRoute } from '../home/homeRoutes.tsx';
import { requireSection } from '../home/requireSection.ts';
import { RolePlayCardsPage } from '../instruments/RolePlayCardsPage.tsx';
import { DeliberationsPage } from '../jury/DeliberationsPage.tsx';
import { MemberGridsPage } from '../jury/MemberGridsPage.tsx';
import { SteeringPage } from '../steering/SteeringPage.tsx';
import { TutorsPage } from '../team/TutorsPage.tsx';
import { BookletsPage } from './BookletsPage.tsx';
import { GroupsPage } from './GroupsPage.tsx';
import { MyQuestionnairesPage } from './MyQuestionnairesPage.tsx';
import { ObservationGridsPage } from './ObservationGridsPage.tsx';
import { QuestionnairesPage } from './QuestionnairesPage.tsx';
import { ResultsPage } from './ResultsPage.tsx';

const sectionRoute = <const S extends string>(slug: S, component: () => React.ReactNode) =>
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
