import type { Dictionary } from '../../i18n/fr.ts';
import type { Role } from '../auth/me.ts';

export type SectionKey = keyof Dictionary['sections'];

/** The navigation each role will use (DOMAIN.md, "Who uses it"), in the order shown. */
export const sectionsByRole: Record<Role, readonly SectionKey[]> = {
  certifier_admin: [
    'certifications',
    // Issue 4, item 4: the certifier authors the national instruments.
    'instruments',
    'companyProjects',
    // Issue 5: every candidate of the certifier's certifications.
    'candidates',
    'jurySessions',
    'deliberations',
    'certificates',
    'statistics',
    // Issue 5, item 1: the organisations, their people, inviting someone.
    'organisations',
    // Issue 15: every e-mail (sent, or kept in the outbox without a mail server) and the tasks.
    'messages',
    // Issue 19, item 5: a person's data exported or erased, and the retention rules.
    'personalData',
  ],
  company_pilot: [
    'cqpProject',
    'adaptedReferential',
    // Issue 4, item 4: the pilot adapts the national instruments for the company.
    'instruments',
    'candidates',
    'tutors',
    'steeringCommittee',
    'followUpBooklets',
    // Issue 5, item 1: the company's people and inviting a pilot, tutor or candidate.
    'team',
  ],
  // The tutor observes the candidates at work on the company's adapted activities (read only).
  tutor: ['myCandidates', 'observationGrids', 'followUpBooklet', 'adaptedReferential'],
  trainer: [
    // Issue 5: the candidates the trainer evaluates.
    'myCandidates',
    'myGroups',
    'questionnaires',
    'results',
  ],
  jury_member: ['myJurySessions', 'evaluationGrids', 'rolePlayCards'],
  candidate: ['myPathway', 'myQuestionnaires', 'myVaeBooklet', 'myCertificate'],
};

/** The URL segment of a section: `jurySessions` → `jury-sessions`. */
export function sectionSlug(key: SectionKey): string {
  return key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

export function findSection(role: Role, slug: string): SectionKey | undefined {
  return sectionsByRole[role].find((key) => sectionSlug(key) === slug);
}

/** A newer server may know roles this web app has no home for yet: they are skipped. */
export function isKnownRole(role: string): role is Role {
  return Object.hasOwn(sectionsByRole, role);
}
