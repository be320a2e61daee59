import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invitableRoles, invitationStanding, mayAnswer } from './invitations.ts';
import { isRoleAllowedIn, ORGANISATION_KINDS, ROLES } from './roles.ts';

describe('invitable roles', () => {
  it('lets a pilot hand out pilot, tutor and candidate in a company, nothing elsewhere', () => {
    expect(invitableRoles('company_pilot', 'company')).toEqual([
      'company_pilot',
      'tutor',
      'candidate',
    ]);
    expect(invitableRoles('company_pilot', 'certifier')).toEqual([]);
    expect(invitableRoles('company_pilot', 'training_organisation')).toEqual([]);
  });

  it('lets the certifier hand out every role the kind of organisation holds', () => {
    for (const kind of ORGANISATION_KINDS)
      expect(invitableRoles('certifier_admin', kind)).toEqual(
        ROLES.filter((role) => isRoleAllowedIn(role, kind)),
      );
  });

  it('gives no other role the right to invite', () => {
    for (const inviter of ['tutor', 'trainer', 'jury_member', 'candidate'] as const)
      for (const kind of ORGANISATION_KINDS) expect(invitableRoles(inviter, kind)).toEqual([]);
  });

  it('never hands out a role the organisation cannot hold', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ROLES), fc.constantFrom(...ORGANISATION_KINDS), (r, k) =>
        invitableRoles(r, k).every((role) => isRoleAllowedIn(role, k)),
      ),
    );
  });
});

describe('answering an invitation', () => {
  it('creates an account only for an address that has none', () => {
    expect(invitationStanding(null, null)).toBe('new_account');
    expect(invitationStanding(null, 'someone')).toBe('new_account');
  });

  it('asks the owner of an existing account to sign in, and no one else to answer', () => {
    expect(invitationStanding('owner', null)).toBe('sign_in');
    expect(invitationStanding('owner', 'owner')).toBe('invitee');
    expect(invitationStanding('owner', 'pilot')).toBe('someone_else');
  });

  it('opens an existing account’s invitation to that account only', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.option(fc.uuid(), { nil: null }), (account, signedIn) => {
        expect(mayAnswer(invitationStanding(account, signedIn))).toBe(account === signedIn);
      }),
    );
  });
});
