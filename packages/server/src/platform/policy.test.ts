import { ROLES } from '@certeval/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Action, type Actor, can, organisationsFor, rolesFor } from './policy.ts';

const actor = (...roles: (typeof ROLES)[number][]): Actor => ({
  userId: 'u1',
  email: 'a@example.org',
  displayName: 'A',
  locale: 'fr',
  memberships: roles.map((role) => ({
    organisationId: 'o1',
    organisationName: 'O',
    organisationKind: 'company',
    role,
  })),
});

describe('policy', () => {
  it('denies everything to nobody', () => {
    expect(can(null, 'session.read')).toBe(false);
    expect(can(null, 'user.list')).toBe(false);
  });

  it('denies an action no rule names, whoever asks', () => {
    expect(can(actor(...ROLES), 'referential.delete_everything' as Action)).toBe(false);
  });

  it('lets any signed-in person read their own session, even with no role', () => {
    expect(can(actor(), 'session.read')).toBe(true);
    expect(rolesFor('session.read')).toBe('any');
  });

  it('grants a role-restricted action exactly when one of the person’s roles is named', () => {
    const roleSets = fc.subarray([...ROLES]);
    fc.assert(
      fc.property(roleSets, (roles) => {
        const allowed = rolesFor('user.list') as readonly string[];
        expect(can(actor(...roles), 'user.list')).toBe(roles.some((r) => allowed.includes(r)));
      }),
    );
  });

  it('scopes an organisation action to the organisations where the role is held', () => {
    const pilotOfO1 = actor('company_pilot');
    expect(can(pilotOfO1, 'variant.write')).toBe(true);
    expect(can(pilotOfO1, 'variant.write', { organisationId: 'o1' })).toBe(true);
    expect(can(pilotOfO1, 'variant.write', { organisationId: 'o2' })).toBe(false);
    expect(organisationsFor(pilotOfO1, 'variant.read')).toEqual(['o1']);
  });

  it('lets the certifier read every company’s adaptation but write none', () => {
    const certifier = actor('certifier_admin');
    expect(can(certifier, 'variant.read', { organisationId: 'any-company' })).toBe(true);
    expect(organisationsFor(certifier, 'variant.read')).toBe('all');
    expect(can(certifier, 'variant.write', { organisationId: 'o1' })).toBe(false);
  });
});
