import { describe, expect, it } from 'vitest';
import { checkOpenBadgeStructure } from './checkStructure.ts';
import { openBadgeCredential } from './openBadgeCredential.ts';
import {
  type LooseJson,
  SAMPLE_SECRETS,
  sampleOpenBadgeInput,
} from './sampleCredential.testing.ts';
import { structureChecks, validityChecks } from './verification.ts';

describe('validityChecks', () => {
  const doc = { validFrom: '2025-06-13T00:00:00Z', validUntil: '2030-06-13T00:00:00Z' };

  it('passes inside the validity period', () => {
    const checks = validityChecks(doc, 2, new Date('2026-01-01T00:00:00Z'));
    expect(checks.map(({ code, ok }) => [code, ok])).toEqual([
      ['valid_from', true],
      ['valid_until', true],
    ]);
  });

  it('says not yet valid before validFrom, allowing five minutes of clock skew', () => {
    const early = validityChecks(doc, 2, new Date('2025-06-12T23:50:00Z'))[0];
    expect(early).toMatchObject({ code: 'valid_from', ok: false, reason: 'not_yet_valid' });
    expect(early?.message.fr).toBe('Pas encore valide : valable à partir du 13 juin 2025.');
    expect(validityChecks(doc, 2, new Date('2025-06-12T23:57:00Z'))[0]?.ok).toBe(true);
  });

  it('says expired after validUntil', () => {
    const late = validityChecks(doc, 2, new Date('2030-06-13T00:00:01Z'))[1];
    expect(late).toMatchObject({ code: 'valid_until', ok: false, reason: 'expired' });
    expect(late?.message.en).toBe('Expired: valid until 13 June 2030.');
  });

  it('reads issuanceDate and expirationDate for VC 1.1', () => {
    const v1 = { issuanceDate: '2010-01-01T00:00:00Z', expirationDate: '2020-01-01T00:00:00Z' };
    const checks = validityChecks(v1, 1, new Date('2025-01-01T00:00:00Z'));
    expect(checks.map(({ code, ok }) => [code, ok])).toEqual([
      ['valid_from', true],
      ['valid_until', false],
    ]);
  });
});

describe('structureChecks', () => {
  it('answers every structural question of a well-formed credential', () => {
    const report = checkOpenBadgeStructure(
      openBadgeCredential(sampleOpenBadgeInput(), SAMPLE_SECRETS),
    );
    expect(structureChecks(report).map(({ code, ok }) => [code, ok])).toEqual([
      ['context', true],
      ['type', true],
      ['credential', true],
      ['issuer', true],
      ['credential_subject', true],
      ['evidence', true],
      ['dates', true],
    ]);
  });

  it('files each located problem under its check', () => {
    const doc = openBadgeCredential(sampleOpenBadgeInput(), SAMPLE_SECRETS) as LooseJson;
    doc.issuer.type = ['Organization'];
    doc.credentialSubject.result[0].type = ['Outcome'];
    doc.name = '';
    const checks = structureChecks(checkOpenBadgeStructure(doc));
    const failed = checks.filter((check) => !check.ok);
    expect(failed.map((check) => [check.code, check.problems?.map((p) => p.path)])).toEqual([
      ['credential', ['$.name']],
      ['issuer', ['$.issuer.type']],
      ['credential_subject', ['$.credentialSubject.result[0].type']],
    ]);
    expect(failed[1]?.message.fr).toContain('« Organization »');
  });
});
