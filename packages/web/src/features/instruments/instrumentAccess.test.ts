import { describe, expect, it } from 'vitest';
import type { Membership } from '../auth/me.ts';
import {
  canAdapt,
  canCreate,
  canDuplicate,
  canEdit,
  canPublish,
  canStartNewVersion,
  partitionInstruments,
} from './instrumentAccess.ts';

const space = (role: Membership['role'], organisationId = 'org-company'): Membership => ({
  organisationId,
  organisationName: 'Biscuiterie des Trois Vallées',
  organisationKind: 'company',
  role,
});

const certifier = space('certifier_admin', 'org-cpne');
const pilot = space('company_pilot');
const tutor = space('tutor');

const nationalDraft = { status: 'draft' as const, organisationId: null };
const nationalPublished = { status: 'published' as const, organisationId: null };
const ownDraft = { status: 'draft' as const, organisationId: 'org-company' };
const otherDraft = { status: 'draft' as const, organisationId: 'org-other' };

describe('what the instrument screens offer', () => {
  it('lets the certifier create, edit and publish drafts, and start a new version of any', () => {
    expect(canCreate(certifier)).toBe(true);
    expect(canEdit(certifier, nationalDraft)).toBe(true);
    expect(canPublish(certifier, otherDraft)).toBe(true);
    expect(canEdit(certifier, nationalPublished)).toBe(false);
    expect(canStartNewVersion(certifier, nationalPublished)).toBe(true);
    expect(canDuplicate(certifier)).toBe(true);
  });

  it('lets a pilot adapt national instruments and edit only their company adaptations', () => {
    expect(canCreate(pilot)).toBe(false);
    expect(canAdapt(pilot, nationalPublished)).toBe(true);
    expect(canAdapt(pilot, ownDraft)).toBe(false);
    expect(canEdit(pilot, nationalDraft)).toBe(false);
    expect(canEdit(pilot, ownDraft)).toBe(true);
    expect(canEdit(pilot, otherDraft)).toBe(false);
    expect(canStartNewVersion(pilot, { ...ownDraft, status: 'published' })).toBe(true);
    expect(canStartNewVersion(pilot, nationalPublished)).toBe(false);
  });

  it('follows the server when it says whether the person may edit', () => {
    expect(canEdit(pilot, { ...ownDraft, canEdit: false })).toBe(false);
    expect(canEdit(tutor, { ...nationalDraft, canEdit: true })).toBe(true);
    expect(canEdit(certifier, { ...nationalPublished, canEdit: true })).toBe(false);
    expect(canStartNewVersion(certifier, { ...nationalPublished, canEdit: false })).toBe(false);
  });

  it('gives any other role nothing to change', () => {
    for (const check of [canEdit, canPublish, canStartNewVersion, canAdapt]) {
      expect(check(tutor, nationalDraft)).toBe(false);
    }
    expect(canCreate(tutor) || canDuplicate(tutor)).toBe(false);
  });

  it('lists national instruments apart from company ones, a pilot seeing only their own', () => {
    const all = [nationalDraft, ownDraft, otherDraft, { status: 'draft' as const }];
    expect(partitionInstruments(certifier, all)).toEqual({
      national: [nationalDraft, { status: 'draft' }],
      company: [ownDraft, otherDraft],
    });
    expect(partitionInstruments(pilot, all).company).toEqual([ownDraft]);
  });
});
