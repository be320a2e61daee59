// The one policy module: who may do what. Deny by default: an action no rule names is
// refused, and every API route declares the action it needs (or `public`) in its config.
import type { Role } from '@certeval/core';

export interface Membership {
  organisationId: string;
  organisationName: string;
  organisationKind: 'certifier' | 'company' | 'training_organisation';
  role: Role;
}

export interface Actor {
  userId: string;
  email: string;
  displayName: string;
  locale: 'fr' | 'en';
  memberships: Membership[];
}

export type Action =
  | 'session.read'
  | 'account.update_own'
  | 'organisation.list'
  | 'user.list'
  | 'referential.read'
  | 'referential.import'
  | 'referential.publish'
  | 'variant.read'
  | 'variant.write'
  | 'instrument.read'
  | 'instrument.write'
  | 'instrument.adapt'
  | 'deliberation.preview'
  | 'organisation.create'
  | 'person.list'
  | 'person.invite'
  | 'invitation.answer'
  | 'project.read'
  | 'project.write'
  | 'project.validate'
  | 'candidate.read'
  | 'candidate.enrol'
  | 'candidate.advance'
  | 'positioning.write'
  | 'booklet.write'
  | 'evaluation.record'
  | 'evaluation.take'
  // Issue 14: a jury member's own grid, and the president's synthesis grid before signature.
  | 'jury_grid.read'
  | 'jury_synthesis.read'
  | 'vae_booklet.read'
  | 'vae_booklet.write'
  | 'vae_booklet.reopen'
  | 'dossier.import'
  | 'dossier.export'
  | 'jury.manage'
  | 'jury.read'
  | 'jury.grade'
  | 'jury.reopen'
  // Issue 7: certificates, their signing keys, the certifier's statistics.
  | 'certificate.issue'
  | 'certificate.revoke'
  | 'certificate.read'
  | 'certificate.read_own'
  | 'certificate.keys'
  | 'statistics.read'
  // Issue 15: the outbox and the job queue, read by the certifier's administrators.
  | 'mail.read'
  | 'job.read'
  // Issue 16: the company project's steering committee.
  | 'steering.read'
  | 'steering.write'
  // Issue 19, item 5: personal data — its retention rules, a person's export and erasure.
  | 'personal_data.read'
  | 'personal_data.export'
  | 'personal_data.erase'
  // Issue 18: the declaration of holders to the Caisse des Dépôts, and its identifiers.
  | 'cdc.declare';

/**
 * How a role reaches a resource: through the organisation where the role is held, or, for a
 * candidate's file, as its assigned tutor or trainer, as the candidate themself, or as a
 * member of a jury session the candidate sits before; for a jury member's grid, as the member
 * who fills it or the president of the deliberation in progress it belongs to.
 */
export type Relation = 'organisation' | 'tutor' | 'trainer' | 'self' | 'jury' | 'grid';

/**
 * `roles` may take the action; with `scope: 'organisation'`, only on resources of an
 * organisation where they hold that role; `via` names, per role, the relation the role needs
 * to the resource (and overrides `scope` for that role). `anywhere` roles may take it on any
 * resource (the certifier oversees every company's project).
 */
type Rule =
  | { anyAuthenticated: true }
  | {
      roles: readonly Role[];
      scope?: 'organisation';
      via?: Partial<Record<Role, Relation>>;
      anywhere?: readonly Role[];
    };

/** What a scoped action is about: the organisation it belongs to, and for a candidate's
 * file the people assigned to it. */
export interface Resource {
  organisationId: string;
  tutorId?: string | null;
  trainerId?: string | null;
  candidateUserId?: string | null;
  juryMemberIds?: readonly string[];
  /** A jury member's grid: who fills it, and the presidents of its deliberation not signed. */
  evaluatorId?: string | null;
  presidingIds?: readonly string[];
}

export type Rules = Record<Action, Rule>;

// Who reaches a candidate's file (issue 5): the company's pilot, their own tutor and
// trainer, themself, the members of a jury they sit before, the certifier.
const candidateFile = {
  roles: ['company_pilot', 'tutor', 'trainer', 'candidate', 'jury_member'],
  via: {
    company_pilot: 'organisation',
    tutor: 'tutor',
    trainer: 'trainer',
    candidate: 'self',
    jury_member: 'jury',
  },
  anywhere: ['certifier_admin'],
} as const satisfies Rule;

export const RULES: Rules = {
  'session.read': { anyAuthenticated: true },
  'account.update_own': { anyAuthenticated: true },
  'organisation.list': { roles: ['certifier_admin'] },
  'user.list': { roles: ['certifier_admin'] },
  // National referentials are public texts: every signed-in person may read them.
  'referential.read': { anyAuthenticated: true },
  'referential.import': { roles: ['certifier_admin'] },
  'referential.publish': { roles: ['certifier_admin'] },
  // A company's adapted referential (seed 000, slide 3): its people read it, its pilot
  // writes it, the certifier reads every company's.
  'variant.read': {
    roles: ['company_pilot', 'tutor', 'candidate'],
    scope: 'organisation',
    anywhere: ['certifier_admin'],
  },
  'variant.write': { roles: ['company_pilot'], scope: 'organisation' },
  // Instruments hold answer keys and jury prompts: never shown to candidates.
  'instrument.read': {
    roles: ['certifier_admin', 'company_pilot', 'tutor', 'trainer', 'jury_member'],
  },
  'instrument.write': { roles: ['certifier_admin'] },
  // A company adapts the national instruments to its own workstations (seed 000, slide 3):
  // its pilot clones and edits them for the company; the certifier may do it for anyone.
  'instrument.adapt': {
    roles: ['company_pilot'],
    scope: 'organisation',
    anywhere: ['certifier_admin'],
  },
  // Deciding a record shows the jury's reasoning: the certifier and jury members only.
  'deliberation.preview': { roles: ['certifier_admin', 'jury_member'] },
  'organisation.create': { roles: ['certifier_admin'] },
  // The people of an organisation (to name a tutor, a trainer): its pilot, the certifier.
  'person.list': { roles: ['company_pilot'], scope: 'organisation', anywhere: ['certifier_admin'] },
  'person.invite': {
    roles: ['company_pilot'],
    scope: 'organisation',
    anywhere: ['certifier_admin'],
  },
  // Answering the invitations addressed to one's own account (issue 14, item 1): the use case
  // finds only those, by the account of the invited address.
  'invitation.answer': { anyAuthenticated: true },
  'project.read': {
    roles: ['company_pilot', 'tutor'],
    scope: 'organisation',
    anywhere: ['certifier_admin'],
  },
  'project.write': { roles: ['company_pilot'], scope: 'organisation' },
  // The certifier validates the coherence of a company's project (seed 000, slide 3).
  'project.validate': { roles: ['certifier_admin'] },
  'candidate.read': candidateFile,
  'candidate.enrol': {
    roles: ['company_pilot'],
    scope: 'organisation',
    anywhere: ['certifier_admin'],
  },
  'candidate.advance': {
    roles: ['company_pilot', 'tutor'],
    via: { company_pilot: 'organisation', tutor: 'tutor' },
    anywhere: ['certifier_admin'],
  },
  'positioning.write': {
    roles: ['company_pilot', 'tutor'],
    via: { company_pilot: 'organisation', tutor: 'tutor' },
  },
  'booklet.write': {
    roles: ['company_pilot', 'tutor', 'trainer'],
    via: { company_pilot: 'organisation', tutor: 'tutor', trainer: 'trainer' },
  },
  // Each evaluator records their own evaluations of the candidates assigned to them.
  'evaluation.record': {
    roles: ['tutor', 'trainer', 'jury_member'],
    via: { tutor: 'tutor', trainer: 'trainer', jury_member: 'jury' },
  },
  // A candidate takes a questionnaire online.
  'evaluation.take': { roles: ['candidate'], via: { candidate: 'self' } },
  // Issue 14: a jury member's grid is theirs, then the president's while the jury deliberates
  // (seed 002: the president collects the members' percentages); the certifier, who convenes
  // the jury and reopens its deliberations, reads them. Never the candidate, the company's
  // pilot, the tutor or the trainer, nor another member.
  'jury_grid.read': {
    roles: ['jury_member'],
    via: { jury_member: 'grid' },
    anywhere: ['certifier_admin'],
  },
  // The president's synthesis grid, before it is signed: the candidate's jury and the
  // certifier. Once signed, every reader of the file reads it (the signed decision).
  'jury_synthesis.read': {
    roles: ['jury_member'],
    via: { jury_member: 'jury' },
    anywhere: ['certifier_admin'],
  },
  // The VAE booklet (seed 001): the candidate writes their own; the jury members of their
  // session read it for the interview, with the company's pilot and the certifier. Tutors and
  // trainers have no part in a VAE file.
  'vae_booklet.read': {
    roles: ['candidate', 'jury_member', 'company_pilot'],
    via: { candidate: 'self', jury_member: 'jury', company_pilot: 'organisation' },
    anywhere: ['certifier_admin'],
  },
  'vae_booklet.write': { roles: ['candidate'], via: { candidate: 'self' } },
  // Re-opening a submitted booklet for its candidate takes the file back from the jury: who may
  // put a file before the jury or take it back (candidate.advance, fileStates) — the company's
  // pilot for their own company's candidates, the certifier for any — less the tutor, who has
  // no part in a VAE file.
  'vae_booklet.reopen': {
    roles: ['company_pilot'],
    via: { company_pilot: 'organisation' },
    anywhere: ['certifier_admin'],
  },
  'dossier.import': {
    roles: ['company_pilot'],
    scope: 'organisation',
    anywhere: ['certifier_admin'],
  },
  'dossier.export': {
    roles: ['company_pilot'],
    scope: 'organisation',
    anywhere: ['certifier_admin'],
  },
  // The certifier convenes juries; members see the sessions they sit on.
  'jury.manage': { roles: ['certifier_admin'] },
  'jury.read': { roles: ['jury_member'], anywhere: ['certifier_admin'] },
  'jury.grade': { roles: ['jury_member'] },
  'jury.reopen': { roles: ['certifier_admin'] },
  // Issue 7: the certifier issues and revokes its certificates and rotates its signing key;
  // the holder reads their own documents; anyone verifies one through the public routes.
  'certificate.issue': { roles: ['certifier_admin'], scope: 'organisation' },
  'certificate.revoke': { roles: ['certifier_admin'], scope: 'organisation' },
  'certificate.read': {
    roles: ['certifier_admin', 'candidate'],
    via: { certifier_admin: 'organisation', candidate: 'self' },
  },
  'certificate.read_own': { roles: ['candidate'], via: { candidate: 'self' } },
  'certificate.keys': { roles: ['certifier_admin'], scope: 'organisation' },
  'statistics.read': { roles: ['certifier_admin'], scope: 'organisation' },
  // Issue 15: the messages and jobs of the certifier's work; those of no organisation (an
  // account's password reset) are the platform's, read by every certifier administrator.
  'mail.read': { roles: ['certifier_admin'], scope: 'organisation' },
  'job.read': { roles: ['certifier_admin'], scope: 'organisation' },
  // The steering committee of a company's project (seed 000, slide 3): the company's pilot
  // keeps its members, meetings and minutes; the certifier, who validates projects, reads them.
  'steering.read': {
    roles: ['company_pilot'],
    scope: 'organisation',
    anywhere: ['certifier_admin'],
  },
  'steering.write': { roles: ['company_pilot'], scope: 'organisation' },
  // Issue 19, item 5: the certifier is the controller of the people's data it certifies: its
  // administrators alone read the retention rules, export a person's data and erase a person.
  'personal_data.read': { roles: ['certifier_admin'] },
  'personal_data.export': { roles: ['certifier_admin'] },
  'personal_data.erase': { roles: ['certifier_admin'] },
  // Issue 18: a certifier declares its own holders, with its own identifiers.
  'cdc.declare': { roles: ['certifier_admin'], scope: 'organisation' },
};

export type RoutePolicy = 'public' | Action;

function reaches(
  actor: Actor,
  membership: Membership,
  relation: Relation | undefined,
  resource: Resource,
): boolean {
  switch (relation) {
    case undefined:
      return true;
    case 'organisation':
      return membership.organisationId === resource.organisationId;
    case 'tutor':
      return resource.tutorId === actor.userId;
    case 'trainer':
      return resource.trainerId === actor.userId;
    case 'self':
      return resource.candidateUserId === actor.userId;
    case 'grid':
      return (
        resource.evaluatorId === actor.userId ||
        (resource.presidingIds?.includes(actor.userId) ?? false)
      );
    case 'jury':
      // Never a candidate of their own company, nor one they tutored (seed 001, issue 5).
      return (
        (resource.juryMemberIds?.includes(actor.userId) ?? false) &&
        resource.tutorId !== actor.userId &&
        !actor.memberships.some((m) => m.organisationId === resource.organisationId)
      );
  }
}

/** `can` under a given table of rules: the matrix test removes lines from it. */
export function canUnder(
  rules: Partial<Rules>,
  actor: Actor | null,
  action: Action,
  resource?: Resource,
): boolean {
  const rule = (rules as Partial<Record<string, Rule>>)[action];
  if (!actor || !rule) return false;
  if ('anyAuthenticated' in rule) return true;
  if (actor.memberships.some((m) => rule.anywhere?.includes(m.role))) return true;
  return actor.memberships.some((m) => {
    if (!rule.roles.includes(m.role)) return false;
    if (!resource) return true;
    const relation = rule.via?.[m.role] ?? rule.scope;
    return reaches(actor, m, relation, resource);
  });
}

/**
 * Whether the actor may take the action; on a given resource when one is passed. Without a
 * resource (the route-level check), whether they could take it on some resource.
 */
export function can(actor: Actor | null, action: Action, resource?: Resource): boolean {
  return canUnder(RULES, actor, action, resource);
}

/** The organisations in which the actor may take a scoped action; 'all' for `anywhere`. */
export function organisationsFor(actor: Actor, action: Action): string[] | 'all' {
  const rule = RULES[action];
  if ('anyAuthenticated' in rule) return 'all';
  if (actor.memberships.some((m) => rule.anywhere?.includes(m.role))) return 'all';
  return [
    ...new Set(
      actor.memberships.filter((m) => rule.roles.includes(m.role)).map((m) => m.organisationId),
    ),
  ];
}

/** The roles an action is open to, or 'any' when every signed-in person may do it. */
export function rolesFor(action: Action): readonly Role[] | 'any' {
  const rule = RULES[action];
  return 'anyAuthenticated' in rule ? 'any' : [...rule.roles, ...(rule.anywhere ?? [])];
}
