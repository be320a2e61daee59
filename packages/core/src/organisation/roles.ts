// The people of DOMAIN.md ("Who uses it") and the organisations they act for.
// A person may hold several roles, in several organisations.

export const ROLES = [
  'certifier_admin',
  'company_pilot',
  'tutor',
  'trainer',
  'jury_member',
  'candidate',
] as const;
export type Role = (typeof ROLES)[number];

export const ORGANISATION_KINDS = ['certifier', 'company', 'training_organisation'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

/** The French term of the domain and its English equivalent, for each role. */
export const roleLabels: Record<Role, { fr: string; en: string }> = {
  certifier_admin: { fr: 'Certificateur (administrateur)', en: 'Certifier (administrator)' },
  company_pilot: { fr: 'Pilote du projet', en: 'Company pilot' },
  tutor: { fr: 'Tuteur', en: 'Tutor' },
  trainer: { fr: 'Formateur', en: 'Trainer' },
  jury_member: { fr: 'Membre du jury', en: 'Jury member' },
  candidate: { fr: 'Candidat', en: 'Candidate' },
};

/**
 * Which kind of organisation a role is held in: a tutor and a pilot belong to the company,
 * a trainer to a training organisation, a jury member and the certifier's staff to the
 * certifier (who convenes the jury), a candidate to the company that employs them.
 */
export const roleOrganisationKinds: Record<Role, readonly OrganisationKind[]> = {
  certifier_admin: ['certifier'],
  company_pilot: ['company'],
  tutor: ['company'],
  trainer: ['training_organisation', 'company'],
  jury_member: ['certifier'],
  candidate: ['company'],
};

export function isRoleAllowedIn(role: Role, kind: OrganisationKind): boolean {
  return roleOrganisationKinds[role].includes(kind);
}
