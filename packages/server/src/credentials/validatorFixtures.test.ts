// Every credential of ../shared/fixtures/credentials/ob30-validator (the test files of
// 1EdTech's Open Badges 3.0 validator) with the outcome we give it: the valid ones pass, with
// the warnings they deserve; each simple-err-* is refused for the reason its name gives.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readValidatorFixture, VALIDATOR_FIXTURES } from './credentials.testing.ts';
import { verifyCredential } from './verifyCredential.ts';

// Inside every validity period of the valid fixtures (endorsement-valid ends in 2030).
const NOW = new Date('2026-01-15T10:00:00Z');

const TESTLIST_URL =
  'https://raw.githubusercontent.com/1EdTech/digital-credentials-public-validator/refs/heads/main/inspector-vc/src/test/resources/ob30/bit-string-list/testlist';
const WELLSPRING_REVOCATIONS =
  'https://dc.1edtech.org/wellspring2022/wellspring-portal/api/revocations/da1e96e9-afcc-4eed-b9a2-2ddf7353214c';
const REVOKED_WELLSPRING_ID =
  'https://dc.1edtech.org/wellspring2022/wellspring-portal/credential/54418d3f-ec01-4652-800a-861c890a51a1';

// What the lists named by the revoked fixtures hold. The bitstring list is the fixture file
// beside them; the 1EdTech Revocation List endpoint is not in the fixtures, so it is written
// here in the format of that specification ({ revokedCredentials: [{ id, revoked }] }).
const status = {
  load: async (url: string) => {
    if (url === TESTLIST_URL) return readValidatorFixture('bit-string-list/testlist');
    if (url === WELLSPRING_REVOCATIONS) {
      return { revokedCredentials: [{ id: REVOKED_WELLSPRING_ID, revoked: true }] };
    }
    return undefined;
  },
};

type Outcome = { valid: true; warnings: string[] } | { valid: false; failed: string[] };

const valid = (...warnings: string[]): Outcome => ({ valid: true, warnings });
const refused = (...failed: string[]): Outcome => ({ valid: false, failed });

const expected: Record<string, Outcome> = {
  'simple.json': valid('key_self_asserted'),
  'simple_v1.json': valid('context_legacy_vc', 'legacy_proof', 'key_self_asserted'),
  'simple-context-alias.json': valid('key_self_asserted'),
  'simple-context-version.json': valid('context_outdated', 'key_self_asserted'),
  'simple-did-key-method.json': valid('key_self_asserted', 'key_not_bound_to_issuer'),
  'simple-did-web-method.json': valid('key_self_asserted'),
  'simple-eddsa-2022.json': valid('context_legacy_vc', 'legacy_proof', 'key_self_asserted'),
  'simple-multiple-proofs.json': valid('proof_ignored', 'key_self_asserted'),
  'endorsement-valid.json': valid('key_self_asserted', 'schema_not_checked'),
  // 1EdTech's validator fails it only on a credentialSchema URL it could not fetch; we fetch
  // nothing and say the schema was not checked.
  'complete.json': valid(
    'key_self_asserted',
    'schema_not_checked',
    'endorsements_not_checked',
    'status_unavailable',
  ),

  'simple-err-context.json': refused(
    'context:context_not_vc',
    'credential_subject:missing',
    'verification_method:controller_mismatch',
  ),
  'simple-err-type.json': refused(
    'type:wrong_type',
    'credential_subject:missing',
    'signature:undefined_term',
  ),
  'simple-err-issuer.json': refused(
    'issuer:missing',
    'credential_subject:missing',
    'verification_method:controller_mismatch',
  ),
  'simple-err-issuer-type.json': refused('issuer:wrong_type', 'signature:undefined_term'),
  'simple-err-issuer-parentorg-type.json': refused('issuer:wrong_type', 'signature:undefined_term'),
  'simple-err-issuer-otheridentifier-type.json': refused(
    'issuer:wrong_type',
    'signature:undefined_term',
  ),
  'simple-err-credential-subject-type.json': refused(
    'credential_subject:wrong_type',
    'signature:undefined_term',
  ),
  'simple-err-credential-subject-identifier-type.json': refused(
    'credential_subject:wrong_type',
    'signature:undefined_term',
  ),
  'simple-err-credential-subject-profile-type.json': refused(
    'credential_subject:wrong_type',
    'signature:undefined_term',
  ),
  'simple-err-credential-subject-result-type.json': refused(
    'credential_subject:wrong_type',
    'signature:undefined_term',
  ),
  'simple-err-credential-subject-achievement-result-description-type.json': refused(
    'credential_subject:wrong_type',
    'signature:undefined_term',
  ),
  'simple-err-evidence-type.json': refused('evidence:wrong_type', 'signature:undefined_term'),
  'simple-err-expired.json': refused('valid_until:expired'),
  'simple-err-issued.json': refused('credential_subject:missing', 'valid_from:not_yet_valid'),
  'simple-err-proof-method.json': refused('verification_method:unresolvable'),
  'simple-err-proof-method-no-scheme.json': refused('verification_method:no_scheme'),
  'simple-err-proof-method-unknown-did-method.json': refused(
    'verification_method:unknown_did_method',
  ),
  'simple-err-proof-method-unknown-scheme.json': refused('verification_method:unknown_scheme'),
  'simple-err-proof-value.json': refused('signature:invalid_signature'),

  'simple-noproof.json': refused('credential_subject:missing', 'proof:missing'),
  // Its key is a document at https://1edtech.edu/issuers/565049#key-1, which is online only.
  'complete_v1.json': refused('verification_method:unresolvable', 'valid_until:expired'),
  // Its Ed25519Signature2020 does not verify against the published contexts.
  'endorsement-err-schema-status-refresh.json': refused('signature:invalid_signature'),
  'credential-status-revoked.json': refused('status:revoked'),
  'bit-string-list/credential-status-revoked.json': refused('status:revoked'),
  'bit-string-list/credential-status-revoked-blank-nodes.json': refused('status:revoked'),
  // ecdsa-sd-2023 (P-256 selective disclosure) is not a suite we verify, and OB 3.0 requires `name`.
  'sd/derivedcredential.json': refused('credential:missing', 'proof:unsupported'),
};

function allFixtures(dir = VALIDATOR_FIXTURES, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory())
      return allFixtures(path.join(dir, entry.name), `${prefix}${entry.name}/`);
    return entry.name.endsWith('.json') ? [`${prefix}${entry.name}`] : [];
  });
}

describe('the 1EdTech Open Badges 3.0 validator fixtures', () => {
  it('are all classified here', () => {
    expect(allFixtures().sort()).toEqual(Object.keys(expected).sort());
  });

  it.each(Object.entries(expected))('%s', async (name, outcome) => {
    const result = await verifyCredential(readValidatorFixture(name), { now: NOW, status });
    const failed = result.checks
      .filter((check) => !check.ok)
      .map((check) => `${check.code}:${check.reason ?? check.problems?.[0]?.code}`);
    if (outcome.valid) {
      expect(failed).toEqual([]);
      expect(result.valid).toBe(true);
      expect(result.warnings.map((warning) => warning.code)).toEqual(outcome.warnings);
    } else {
      expect(failed).toEqual(outcome.failed);
      expect(result.valid).toBe(false);
    }
    for (const check of result.checks) {
      expect(check.message.fr.length).toBeGreaterThan(0);
      expect(check.message.en.length).toBeGreaterThan(0);
    }
  });

  it('locate the faulty value of each structural error', async () => {
    const result = await verifyCredential(
      readValidatorFixture('simple-err-issuer-parentorg-type.json'),
      {
        now: NOW,
      },
    );
    const issuer = result.checks.find((check) => check.code === 'issuer');
    expect(issuer?.problems?.map((problem) => problem.path)).toEqual(['$.issuer.parentOrg.type']);
  });

  it('say which proof value was altered: the proof fails, nothing else', async () => {
    const result = await verifyCredential(readValidatorFixture('simple-err-proof-value.json'), {
      now: NOW,
    });
    expect(result.checks.filter((check) => check.code === 'verification_method')).toMatchObject([
      { ok: true },
    ]);
  });
});
