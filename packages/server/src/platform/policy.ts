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
  | 'referential.publish';

type Rule = { anyAuthenticated: true } | { roles: readonly Role[] };

const rules: Record<Action, Rule> = {
  'session.read': { anyAuthenticated: true },
  'account.update_own': { anyAuthenticated: true },
  'organisation.list': { roles: ['certifier_admin'] },
  'user.list': { roles: ['certifier_admin'] },
  // National referentials are public texts: every signed-in person may read them.
  'referential.read': { anyAuthenticated: true },
  'referential.import': { roles: ['certifier_admin'] },
  'referential.publish': { roles: ['certifier_admin'] },
};

export type RoutePolicy = 'public' | Action;

export function can(actor: Actor | null, action: Action): boolean {
  const rule = (rules as Partial<Record<string, Rule>>)[action];
  if (!actor || !rule) return false;
  if ('anyAuthenticated' in rule) return true;
  return actor.memberships.some((m) => rule.roles.includes(m.role));
}

/** The roles an action is open to, or 'any' when every signed-in person may do it. */
export function rolesFor(action: Action): readonly Role[] | 'any' {
  const rule = rules[action];
  return 'anyAuthenticated' in rule ? 'any' : rule.roles;
}
