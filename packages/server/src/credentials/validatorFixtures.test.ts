// Every credential of ../shared/fixtures/credentials/ob30-validator (the test files of
// 1EdTech's Open Badges 3.0 validator) with the verdict we give it. Their issuers (example.com,
// 1edtech.edu…) publish nothing we can read, so none is valid as it stands: the genuine ones are
// "not verified" (intact, issuer not proven — issue 14: before, a key named by the credential
// alone made them valid with a warning), and valid, with the warnings they deserve, once their
// issuer publishes the key their proof names; each simple-err-* is refused for the reason its
// name gives.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { VerificationOutcome } from '@certeval/core';
import { describe, expect, it } from 'vitest';
import { readValidatorFixture, VALIDATOR_FIXTURES } from './credentials.testing.ts';
import { issuerDirectory, type PublishedKey } from './issuerDirectory.ts';
import { sameId } from './issuerIds.ts';
import { verifyCredential } from './verifyCredential.ts';
import { issuerIdOf } from './verifyProofs.ts';

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

type Outcome = { outcome: VerificationOutcome; failed: string[] };

const unverified = (...failed: string[]): Outcome => ({ outcome: 'unverified', failed });
const invalid = (...failed: string[]): Outcome => ({ outcome: 'invalid', failed });

// What a verifier that cannot read the fixtures' issuers says; the check every signed fixture
// also fails, `issuer_key:issuer_unresolvable`, is left out of each line.
const expected: Record<string, Outcome> = {
  'simple.json': unverified(),
  'simple_v1.json': unverified(),
  'simple-context-alias.json': unverified(),
  'simple-context-version.json': unverified(),
  'simple-did-key-method.json': unverified(),
  'simple-did-web-method.json': unverified(),
  'simple-eddsa-2022.json': unverified(),
  'simple-multiple-proofs.json': unverified(),
  'endorsement-valid.json': unverified(),
  // 1EdTech's validator fails it only on a credentialSchema URL it could not fetch; we fetch no
  // schema and say so. Its status list is not among the fixtures: its status cannot be read.
  'complete.json': unverified('status:status_unavailable'),

  'simple-err-context.json': invalid(
    'context:context_not_vc',
    'credential_subject:missing',
    'signature:invalid_signature',
  ),
  'simple-err-type.json': invalid(
    'type:wrong_type',
    'credential_subject:missing',
    'signature:undefined_term',
  ),
  'simple-err-issuer.json': invalid(
    'issuer:missing',
    'credential_subject:missing',
    'signature:invalid_signature',
  ),
  'simple-err-issuer-type.json': invalid('issuer:wrong_type', 'signature:undefined_term'),
  'simple-err-issuer-parentorg-type.json': invalid('issuer:wrong_type', 'signature:undefined_term'),
  'simple-err-issuer-otheridentifier-type.json': invalid(
    'issuer:wrong_type',
    'signature:undefined_term',
  ),
  'simple-err-credential-subject-type.json': invalid(
    'credential_subject:wrong_type',
    'signature:undefined_term',
  ),
  'simple-err-credential-subject-identifier-type.json': invalid(
    'credential_subject:wrong_type',
    'signature:undefined_term',
  ),
  'simple-err-credential-subject-profile-type.json': invalid(
    'credential_subject:wrong_type',
    'signature:undefined_term',
  ),
  'simple-err-credential-subject-result-type.json': invalid(
    'credential_subject:wrong_type',
    'signature:undefined_term',
  ),
  'simple-err-credential-subject-achievement-result-description-type.json': invalid(
    'credential_subject:wrong_type',
    'signature:undefined_term',
  ),
  'simple-err-evidence-type.json': invalid('evidence:wrong_type', 'signature:undefined_term'),
  'simple-err-expired.json': invalid('valid_until:expired'),
  'simple-err-issued.json': invalid('credential_subject:missing', 'valid_from:not_yet_valid'),
  'simple-err-proof-method.json': unverified('verification_method:unresolvable'),
  'simple-err-proof-method-no-scheme.json': invalid('verification_method:no_scheme'),
  'simple-err-proof-method-unknown-did-method.json': unverified(
    'verification_method:unknown_did_method',
  ),
  'simple-err-proof-method-unknown-scheme.json': unverified('verification_method:unknown_scheme'),
  'simple-err-proof-value.json': invalid('signature:invalid_signature'),

  'simple-noproof.json': invalid('credential_subject:missing', 'proof:missing'),
  // Its key is a document at https://1edtech.edu/issuers/565049#key-1, which is online only.
  'complete_v1.json': invalid(
    'verification_method:unresolvable',
    'valid_until:expired',
    'status:status_unavailable',
  ),
  // Its Ed25519Signature2020 does not verify against the published contexts.
  'endorsement-err-schema-status-refresh.json': invalid(
    'signature:invalid_signature',
    'status:status_unavailable',
  ),
  // An intact list may say revoked even when its issuer is not proven: bad news is believed.
  'credential-status-revoked.json': invalid('status:revoked'),
  'bit-string-list/credential-status-revoked.json': invalid('status:revoked'),
  'bit-string-list/credential-status-revoked-blank-nodes.json': invalid('status:revoked'),
  // ecdsa-sd-2023 (P-256 selective disclosure) is not a suite we verify, and OB 3.0 requires `name`.
  'sd/derivedcredential.json': invalid('credential:missing', 'proof:unsupported'),
};

// The genuine fixtures, once their issuer publishes the key their proof names: valid, with
// these warnings.
const genuine: Record<string, string[]> = {
  'simple.json': [],
  'simple_v1.json': ['context_legacy_vc', 'legacy_proof'],
  'simple-context-alias.json': [],
  'simple-context-version.json': ['context_outdated'],
  'simple-did-key-method.json': [],
  'simple-did-web-method.json': [],
  'simple-eddsa-2022.json': ['context_legacy_vc', 'legacy_proof'],
  'simple-multiple-proofs.json': ['proof_ignored'],
  'endorsement-valid.json': ['schema_not_checked'],
};

const failures = (result: Awaited<ReturnType<typeof verifyCredential>>) =>
  result.checks
    .filter((check) => !check.ok)
    .map((check) => `${check.code}:${check.reason ?? check.problems?.[0]?.code}`);

/** The keys named by the fixture's proofs, as its issuer's profile would publish them. */
function publishingItsKeys(credential: Record<string, unknown>) {
  const issuer = issuerIdOf(credential) ?? '';
  const keys = [credential.proof]
    .flat()
    .map((proof) => String((proof as { verificationMethod?: unknown }).verificationMethod ?? ''))
    .filter((id) => /#z6Mk|^did:key:z6Mk/.test(id))
    .map(
      (id): PublishedKey => ({
        id,
        controller: issuer,
        publicKeyMultibase: (id.split('#')[1] ?? id.slice('did:key:'.length)).trim(),
      }),
    );
  return issuerDirectory({ own: { keysOf: (id) => (sameId(id, issuer) ? keys : undefined) } });
}

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
    const failed = failures(result);
    const signed = result.checks.some((check) => check.code === 'verification_method');
    const named = signed && !failed.includes('verification_method:no_scheme');
    expect(failed.includes('issuer_key:issuer_unresolvable')).toBe(named);
    expect(failed.filter((f) => f !== 'issuer_key:issuer_unresolvable')).toEqual(outcome.failed);
    expect(result.valid).toBe(false);
    expect(result.verdict.outcome).toBe(outcome.outcome);
    for (const check of result.checks) {
      expect(check.message.fr.length).toBeGreaterThan(0);
      expect(check.message.en.length).toBeGreaterThan(0);
    }
  });

  it.each(Object.entries(genuine))(
    '%s is valid once its issuer publishes its key',
    async (name, warnings) => {
      const text = readValidatorFixture(name);
      const issuers = publishingItsKeys(JSON.parse(text));
      const result = await verifyCredential(text, { now: NOW, status, issuers });
      expect(failures(result)).toEqual([]);
      expect(result.verdict.outcome).toBe('valid');
      expect(result.signer?.trust).toBe('issuer-key');
      expect(result.warnings.map((warning) => warning.code)).toEqual(warnings);
    },
  );

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
