// Which roles an actor may hand out in an organisation, as the server decides
// (packages/server/src/organisations/service.ts): the role must be held in that kind of
// organisation; a company's pilot gives only pilot, tutor and candidate, the certifier any.
import {
  isRoleAllowedIn,
  type OrganisationKind,
  ROLES,
  type Role,
} from '@certeval/core/organisation/roles';

const PILOT_INVITES: readonly Role[] = ['company_pilot', 'tutor', 'candidate'];

export function invitableRoles(actor: Role, kind: OrganisationKind): Role[] {
  const allowed = ROLES.filter((role) => isRoleAllowedIn(role, kind));
  if (actor === 'certifier_admin') return allowed;
  if (actor === 'company_pilot') return allowed.filter((role) => PILOT_INVITES.includes(role));
  return [];
}

/** Whether a role value from the server is one this web app knows. */
export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
