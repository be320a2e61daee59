// Invitations (issue 5, item 1; issue 14, item 1): who may hand out which role, and what it
// takes to answer an invitation. An invitation never opens an existing account nor adds a
// role to it by itself: its owner, signed in as themself, accepts or declines it. Only an
// address without any account gets one from the link, with the password chosen there.
import { isRoleAllowedIn, type OrganisationKind, ROLES, type Role } from './roles.ts';

/** Open until answered by the person (accepted, declined) or withdrawn by the inviter. */
export const INVITATION_STATUSES = ['open', 'accepted', 'declined', 'cancelled'] as const;
export type InvitationStatus = (typeof INVITATION_STATUSES)[number];

/** The roles a company's pilot hands out in their own company: the people of its project. */
const PILOT_INVITES: readonly Role[] = ['company_pilot', 'tutor', 'candidate'];

/**
 * The roles a person holding `inviter` may hand out in an organisation of this kind where
 * that role reaches: the certifier any role the kind holds, a pilot those of PILOT_INVITES,
 * anyone else none.
 */
export function invitableRoles(inviter: Role, kind: OrganisationKind): Role[] {
  const held = ROLES.filter((role) => isRoleAllowedIn(role, kind));
  if (inviter === 'certifier_admin') return held;
  if (inviter === 'company_pilot') return held.filter((role) => PILOT_INVITES.includes(role));
  return [];
}

/**
 * Where the one holding an invitation's link stands:
 * - `new_account`: no account has the invited address; accepting creates it with the
 *   password chosen (the link is meant to reach that address only);
 * - `sign_in`: an account has it and nobody is signed in: they sign in first;
 * - `invitee`: signed in as the account of the invited address: they accept or decline;
 * - `someone_else`: signed in as another account: they may do neither.
 */
export const INVITATION_STANDINGS = ['new_account', 'sign_in', 'invitee', 'someone_else'] as const;
export type InvitationStanding = (typeof INVITATION_STANDINGS)[number];

export function invitationStanding(
  invitedAccountId: string | null,
  signedInId: string | null,
): InvitationStanding {
  if (invitedAccountId === null) return 'new_account';
  if (signedInId === null) return 'sign_in';
  return invitedAccountId === signedInId ? 'invitee' : 'someone_else';
}

/** Whether accepting or declining is open from this standing. */
export function mayAnswer(standing: InvitationStanding): boolean {
  return standing === 'new_account' || standing === 'invitee';
}
