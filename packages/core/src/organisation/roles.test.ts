import { describe, expect, it } from 'vitest';
import { isRoleAllowedIn, ORGANISATION_KINDS, ROLES, roleLabels } from './roles.ts';

describe('roles', () => {
  it('names every role in French and English, with distinct labels', () => {
    const fr = ROLES.map((r) => roleLabels[r].fr);
    const en = ROLES.map((r) => roleLabels[r].en);
    expect(new Set(fr).size).toBe(ROLES.length);
    expect(new Set(en).size).toBe(ROLES.length);
  });

  it('lets every role be held in at least one kind of organisation', () => {
    for (const role of ROLES) {
      expect(ORGANISATION_KINDS.some((kind) => isRoleAllowedIn(role, kind))).toBe(true);
    }
  });

  it('keeps tutors in companies and jury members with the certifier', () => {
    expect(isRoleAllowedIn('tutor', 'company')).toBe(true);
    expect(isRoleAllowedIn('tutor', 'certifier')).toBe(false);
    expect(isRoleAllowedIn('jury_member', 'certifier')).toBe(true);
    expect(isRoleAllowedIn('jury_member', 'company')).toBe(false);
  });
});
