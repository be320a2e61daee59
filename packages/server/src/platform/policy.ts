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
  | 'deliberation.preview';

/**
 * `roles` may take the action; with `scope: 'organisation'`, only on resources of an
 * organisation where they hold that role. `anywhere` roles may take it on any resource
 * (the certifier oversees every company's project).
 */
type Rule =
  | { anyAuthenticated: true }
  | { roles: readonly Role[]; scope?: 'organisation'; anywhere?: readonly Role[] };

/** What a scoped action is about: the organisation it belongs to. */
export interface Resource {
  organisationId: string;
}

const rules: Record<Action, Rule> = {
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
};

export type RoutePolicy = 'public' | Action;

/**
 * Whether the actor may take the action; on a given resource when one is passed. Without a
 * resource (the route-level check), whether they could take it on some resource.
 */
export function can(actor: Actor | null, action: Action, resource?: Resource): boolean {
  const rule = (rules as Partial<Record<string, Rule>>)[action];
  if (!actor || !rule) return false;
  if ('anyAuthenticated' in rule) return true;
  if (actor.memberships.some((m) => rule.anywhere?.includes(m.role))) return true;
  return actor.memberships.some(
    (m) =>
      rule.roles.includes(m.role) &&
      (!resource || rule.scope !== 'organisation' || m.organisationId === resource.organisationId),
  );
}

/** The organisations in which the actor may take a scoped action; 'all' for `anywhere`. */
export function organisationsFor(actor: Actor, action: Action): string[] | 'all' {
  const rule = rules[action];
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
  const rule = rules[action];
  return 'anyAuthenticated' in rule ? 'any' : [...rule.roles, ...(rule.anywhere ?? [])];
}
