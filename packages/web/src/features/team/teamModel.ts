// Role values from the server, checked against core's list. Which roles an actor may hand out
// is core's `invitableRoles` (organisation/invitations.ts), the rule the server applies.
import { ROLES, type Role } from '@certeval/core/organisation/roles';

/** Whether a role value from the server is one this web app knows. */
export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
