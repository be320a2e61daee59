// The headline of a verification: valid only when every check passed; invalid wins over not
// verified; the most decisive cause names it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VERDICT_CAUSES, verdictOf } from './verdict.ts';
import { type VerificationCheck, verificationResult } from './verification.ts';

const passed = (code: VerificationCheck['code']): VerificationCheck => ({
  code,
  ok: true,
  message: { fr: 'ok', en: 'ok' },
});
const failed = (code: VerificationCheck['code'], reason: string): VerificationCheck => ({
  code,
  ok: false,
  reason,
  message: { fr: `échec ${reason}`, en: `failed ${reason}` },
});

describe('verdictOf', () => {
  it('says valid when every check passed, and only then', () => {
    const verdict = verdictOf([passed('json'), passed('signature'), passed('status')]);
    expect(verdict).toEqual({
      outcome: 'valid',
      headline: {
        fr: 'Credential valide : émetteur prouvé, signature intacte, en vigueur.',
        en: 'Valid credential: issuer proven, signature intact, in force.',
      },
      reasons: [],
    });
  });

  it('says not verified, with the reason, when the issuer is not proven', () => {
    const verdict = verdictOf([passed('signature'), failed('issuer_key', 'key_not_published')]);
    expect(verdict).toMatchObject({ outcome: 'unverified', cause: 'issuer_not_proven' });
    expect(verdict.headline).toEqual({
      fr: 'Credential non vérifié : l’émetteur n’est pas prouvé.',
      en: 'Credential not verified: the issuer is not proven.',
    });
    expect(verdict.reasons).toEqual([
      { fr: 'échec key_not_published', en: 'failed key_not_published' },
    ]);
  });

  it('says not verified when the status cannot be read', () => {
    expect(verdictOf([failed('status', 'status_unavailable')])).toMatchObject({
      outcome: 'unverified',
      cause: 'status_unknown',
    });
  });

  it('says invalid when a check shows the credential wrong, even beside unproven ones', () => {
    const verdict = verdictOf([
      failed('issuer_key', 'issuer_unresolvable'),
      failed('valid_until', 'expired'),
      failed('status', 'revoked'),
    ]);
    expect(verdict).toMatchObject({ outcome: 'invalid', cause: 'revoked' });
    expect(verdict.headline).toEqual({
      fr: 'Credential invalide : révoqué par son émetteur.',
      en: 'Invalid credential: revoked by its issuer.',
    });
    expect(verdict.reasons).toHaveLength(2);
  });

  it('names a suspended credential suspended, and an altered one tampered', () => {
    expect(verdictOf([failed('status', 'suspended')]).cause).toBe('suspended');
    expect(verdictOf([failed('signature', 'invalid_signature')]).cause).toBe('tampered');
    expect(verdictOf([failed('type', 'wrong_type')]).cause).toBe('malformed');
  });

  it('never says valid while a check failed, whatever the checks', () => {
    const reasons = ['revoked', 'key_not_published', 'status_unavailable', 'expired', 'anything'];
    const check = fc.record({
      ok: fc.boolean(),
      reason: fc.constantFrom(...reasons),
    });
    fc.assert(
      fc.property(fc.array(check, { maxLength: 6 }), (drawn) => {
        const checks = drawn.map(({ ok, reason }) =>
          ok ? passed('status') : failed('status', reason),
        );
        const verdict = verdictOf(checks);
        expect(verdict.outcome === 'valid').toBe(checks.every((c) => c.ok));
        if (verdict.outcome !== 'valid') {
          expect(verdict.headline.fr).not.toMatch(/\bvalide\b/);
          expect(VERDICT_CAUSES).toContain(verdict.cause);
        }
      }),
    );
  });
});

describe('verificationResult', () => {
  it('marks each failed check invalid or unverified, and is valid only with a valid verdict', () => {
    const result = verificationResult([
      passed('json'),
      failed('issuer_key', 'key_not_published'),
      failed('signature', 'invalid_signature'),
    ]);
    expect(result.valid).toBe(false);
    expect(result.checks.map((check) => check.outcome)).toEqual([
      undefined,
      'unverified',
      'invalid',
    ]);
    expect(verificationResult([passed('json')]).valid).toBe(true);
  });
});
