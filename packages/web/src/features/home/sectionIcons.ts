// Issue 16, item 8: each entry of a role's navigation has an icon beside its words (the words
// stay: the icon is hidden from screen readers). Imported one by one, the build keeps only these.
import type { TablerIcon } from '@tabler/icons-react';
import IconAward from '@tabler/icons-react/icons/IconAward';
import IconBook from '@tabler/icons-react/icons/IconBook';
import IconBooks from '@tabler/icons-react/icons/IconBooks';
import IconBriefcase from '@tabler/icons-react/icons/IconBriefcase';
import IconBuildingCommunity from '@tabler/icons-react/icons/IconBuildingCommunity';
import IconCalendarEvent from '@tabler/icons-react/icons/IconCalendarEvent';
import IconCards from '@tabler/icons-react/icons/IconCards';
import IconCertificate from '@tabler/icons-react/icons/IconCertificate';
import IconChartBar from '@tabler/icons-react/icons/IconChartBar';
import IconChecklist from '@tabler/icons-react/icons/IconChecklist';
import IconClipboardCheck from '@tabler/icons-react/icons/IconClipboardCheck';
import IconClipboardList from '@tabler/icons-react/icons/IconClipboardList';
import IconGavel from '@tabler/icons-react/icons/IconGavel';
import IconHome from '@tabler/icons-react/icons/IconHome';
import IconMail from '@tabler/icons-react/icons/IconMail';
import IconNotebook from '@tabler/icons-react/icons/IconNotebook';
import IconPresentation from '@tabler/icons-react/icons/IconPresentation';
import IconRoute from '@tabler/icons-react/icons/IconRoute';
import IconShieldLock from '@tabler/icons-react/icons/IconShieldLock';
import IconSitemap from '@tabler/icons-react/icons/IconSitemap';
import IconUserCheck from '@tabler/icons-react/icons/IconUserCheck';
import IconUsers from '@tabler/icons-react/icons/IconUsers';
import IconUsersGroup from '@tabler/icons-react/icons/IconUsersGroup';
import type { SectionKey } from './sections.ts';

export const HOME_ICON: TablerIcon = IconHome;

export const SECTION_ICONS: Record<SectionKey, TablerIcon> = {
  certifications: IconBooks,
  instruments: IconClipboardList,
  companyProjects: IconBriefcase,
  cqpProject: IconBriefcase,
  candidates: IconUsers,
  myCandidates: IconUsers,
  jurySessions: IconCalendarEvent,
  myJurySessions: IconCalendarEvent,
  deliberations: IconGavel,
  certificates: IconCertificate,
  myCertificate: IconCertificate,
  statistics: IconChartBar,
  organisations: IconBuildingCommunity,
  messages: IconMail,
  personalData: IconShieldLock,
  adaptedReferential: IconSitemap,
  tutors: IconUserCheck,
  steeringCommittee: IconPresentation,
  followUpBooklets: IconNotebook,
  followUpBooklet: IconNotebook,
  team: IconUsersGroup,
  observationGrids: IconClipboardCheck,
  evaluationGrids: IconClipboardCheck,
  myGroups: IconUsersGroup,
  questionnaires: IconChecklist,
  myQuestionnaires: IconChecklist,
  results: IconAward,
  rolePlayCards: IconCards,
  myPathway: IconRoute,
  myVaeBooklet: IconBook,
};
