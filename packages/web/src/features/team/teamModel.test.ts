import { describe, expect, it } from 'vitest';
import { invitableRoles, isRole } from './teamModel.ts';

describe('invitableRoles', () => {
  it('lets a pilot give pilot, tutor and candidate in their company', () => {
    expect(invitableRoles('company_pilot', 'company')).toEqual([
      'company_pilot',
      'tutor',
      'candidate',
    ]);
  });

  it('lets the certifier give any role the organisation kind holds', () => {
    expect(invitableRoles('certifier_admin', 'company')).toEqual([
      'company_pilot',
      'tutor',
      'trainer',
      'candidate',
    ]);
    expect(invitableRoles('certifier_admin', 'training_organisation')).toEqual(['trainer']);
    expect(invitableRoles('certifier_admin', 'certifier')).toEqual([
      'certifier_admin',
      'jury_member',
    ]);
  });

  it('gives nothing to other roles', () => {
    expect(invitableRoles('tutor', 'company')).toEqual([]);
  });
});

describe('isRole', () => {
  it('knows the roles of core only', () => {
    expect(isRole('tutor')).toBe(true);
    expect(isRole('janitor')).toBe(false);
  });
});
