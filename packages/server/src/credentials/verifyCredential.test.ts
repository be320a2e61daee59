// Credentials we issue: they verify with the independent verifier of @digitalbazaar/vc and with
// ours, and every kind of bad input says why it is refused and is never valid: invalid when it
// is shown wrong, not verified when its issuer or its status cannot be established.

import { openBadgeCredential, type VerificationResult } from '@certeval/core';
import {
  type LooseJson,
  SAMPLE_SECRETS,
  sampleOpenBadgeInput,
} from '@certeval/core/credentials/sampleCredential.testing';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalbazaar/vc';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContext } from './contexts.ts';
import { demoKeyring, ISSUER_ID, MASTER_SECRET } from './credentials.testing.ts';
import { issueOpenBadge, issueStatusList } from './issueCredential.ts';
import { issuerDirectory } from './issuerDirectory.ts';
import {
  activeKey,
  controllerDocument,
  createIssuerKeyring,
  type IssuerKey,
  type IssuerKeyring,
  multikeyDocument,
  revokeIssuerKey,
  rotateIssuerKey,
  type SigningKey,
  unsealSigningKey,
} from './issuerKeys.ts';
import { type SignedCredential, signCredential } from './signCredential.ts';
import { keyringDirectory } from './verificationMethod.ts';
import { verifyCredential } from './verifyCredential.ts';

const NOW = new Date('2026-01-15T10:00:00Z');
const LIST_URL = 'https://certeval.example/status/fromagerie/1';

let keyring: IssuerKeyring;
let key: IssuerKey;
let signing: SigningKey;
let issued: SignedCredential;
/** Our status list with no bit set. */
let clearList: SignedCredential;

const listSources = (list: unknown) => ({
  load: async (url: string) => (url === LIST_URL ? list : undefined),
});

beforeAll(async () => {
  keyring = await demoKeyring();
  key = activeKey(keyring) as IssuerKey;
  signing = unsealSigningKey(key, MASTER_SECRET);
  issued = await issueOpenBadge(sampleOpenBadgeInput(), signing);
  clearList = await issueStatusList(
    { listUrl: LIST_URL, issuerId: ISSUER_ID, revocations: [], validFrom: '2026-01-10T00:00:00Z' },
    signing,
  );
});

const failed = (result: VerificationResult) =>
  result.checks.filter((check) => !check.ok).map((check) => [check.code, check.reason]);

/** Our keyrings as the issuers the verifier knows. */
const knowing = (keyrings: IssuerKeyring[]) => issuerDirectory({ own: keyringDirectory(keyrings) });

const ours = (extra: Partial<Parameters<typeof verifyCredential>[1]> = {}) => ({
  now: NOW,
  issuers: knowing([keyring]),
  status: listSources(clearList),
  ...extra,
});

/** The independent verifier, fed only the bundled contexts and the issuer's published documents. */
async function independentlyVerified(
  credential: unknown,
  published: IssuerKeyring,
): Promise<boolean> {
  const documents = new Map<string, unknown>([[published.issuerId, controllerDocument(published)]]);
  for (const k of published.keys) {
    documents.set(k.id, multikeyDocument(k.id, k.controller, k.publicKeyMultibase));
  }
  const result = await vc.verifyCredential({
    credential: credential as Record<string, unknown>,
    suite: new DataIntegrityProof({ cryptosuite }),
    documentLoader: async (url) => {
      const document = documents.get(url);
      return document ? { contextUrl: null, documentUrl: url, document } : loadContext(url);
    },
    checkStatus: async () => ({ verified: true }),
    now: NOW,
  });
  return result.verified;
}

describe('a credential we issue', () => {
  it('carries a DataIntegrityProof eddsa-rdfc-2022 of the issuer key', () => {
    expect(issued.proof).toHaveLength(1);
    expect(issued.proof[0]).toMatchObject({
      type: 'DataIntegrityProof',
      cryptosuite: 'eddsa-rdfc-2022',
      proofPurpose: 'assertionMethod',
      verificationMethod: key.id,
    });
    expect(String(issued.proof[0]?.proofValue)).toMatch(/^z[1-9A-HJ-NP-Za-km-z]{80,90}$/);
  });

  it('verifies with the independent verifier of @digitalbazaar/vc', async () => {
    expect(await independentlyVerified(issued, keyring)).toBe(true);
  });

  it('fails the independent verifier when one character of the subject changes', async () => {
    const tampered = structuredClone(issued) as LooseJson;
    tampered.credentialSubject.identifier[0].identityHash = 'Camille Morez';
    expect(await independentlyVerified(tampered, keyring)).toBe(false);
    const score = structuredClone(issued) as LooseJson;
    score.credentialSubject.result[0].value = '92.5';
    expect(await independentlyVerified(score, keyring)).toBe(false);
  });

  it('is valid for our verifier, signed by a key its issuer publishes, with every check passed', async () => {
    const result = await verifyCredential(JSON.stringify(issued), ours());
    expect(failed(result)).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.verdict).toMatchObject({ outcome: 'valid', reasons: [] });
    expect(result.verdict.headline.fr).toMatch(/^Credential valide/);
    expect(result.signer).toEqual({ verificationMethod: key.id, trust: 'issuer-key' });
    expect(result.issuer).toEqual({ id: ISSUER_ID, source: 'certeval' });
    expect(result.checks.map((check) => check.code)).toEqual([
      'json',
      'context',
      'type',
      'credential',
      'issuer',
      'credential_subject',
      'evidence',
      'dates',
      'proof',
      'verification_method',
      'issuer_key',
      'signature',
      'valid_from',
      'status',
    ]);
    expect(result.warnings).toEqual([]);
  });

  // Issue 14: before, a key named by the credential alone made it valid with a warning.
  it('is not verified by a verifier that does not know its issuer: intact, but the issuer is not proven', async () => {
    const result = await verifyCredential(issued, { now: NOW, status: listSources(clearList) });
    expect(result.valid).toBe(false);
    expect(result.verdict).toMatchObject({ outcome: 'unverified', cause: 'issuer_not_proven' });
    expect(result.verdict.headline).toMatchObject({
      fr: expect.stringMatching(/^Credential non vérifié : l’émetteur n’est pas prouvé/),
      en: expect.stringMatching(/^Credential not verified: the issuer is not proven/),
    });
    expect(result.signer?.trust).toBe('self-asserted');
    // Its status list, signed with the same unproven key, cannot be trusted either.
    expect(failed(result)).toEqual([
      ['issuer_key', 'issuer_unresolvable'],
      ['status', 'status_list_invalid'],
    ]);
    expect(result.checks.find((c) => c.code === 'signature')?.ok).toBe(true);
    expect(result.checks.find((c) => c.code === 'issuer_key')?.outcome).toBe('unverified');
  });

  // Issue 14: a status that cannot be read no longer leaves the credential valid.
  it('is not verified when its status list cannot be had', async () => {
    const result = await verifyCredential(issued, ours({ status: listSources(undefined) }));
    expect(result.verdict).toMatchObject({ outcome: 'unverified', cause: 'status_unknown' });
    expect(failed(result)).toEqual([['status', 'status_unavailable']]);
    const none = await verifyCredential(issued, { now: NOW, issuers: knowing([keyring]) });
    expect(failed(none)).toEqual([['status', 'status_unavailable']]);
  });
});

describe('bad input is never valid and says why', () => {
  it('a tampered subject: invalid signature', async () => {
    const tampered = structuredClone(issued) as LooseJson;
    tampered.credentialSubject.identifier[1].identityHash = '1994-03-13';
    const result = await verifyCredential(tampered, ours());
    expect(result.valid).toBe(false);
    expect(result.verdict).toMatchObject({ outcome: 'invalid', cause: 'tampered' });
    expect(failed(result)).toEqual([['signature', 'invalid_signature']]);
    expect(result.checks.find((c) => c.code === 'signature')?.message.fr).toContain(
      'Signature invalide',
    );
  });

  it('a wrong key: another key of the issuer named in the proof', async () => {
    const other = await rotateIssuerKey(keyring, { masterSecret: MASTER_SECRET, now: NOW });
    const wrong = structuredClone(issued) as LooseJson;
    wrong.proof[0].verificationMethod = activeKey(other)?.id;
    const result = await verifyCredential(wrong, ours({ issuers: knowing([other]) }));
    expect(failed(result)).toEqual([['signature', 'invalid_signature']]);
  });

  // Issue 14: such a key proves the document intact, not the issuer: not verified, not valid.
  it('a wrong key: a key the issuer does not publish', async () => {
    const stranger = await createIssuerKeyring({
      issuerId: ISSUER_ID,
      masterSecret: MASTER_SECRET,
      now: NOW,
    });
    const forged = await issueOpenBadge(
      sampleOpenBadgeInput(),
      unsealSigningKey(activeKey(stranger) as IssuerKey, MASTER_SECRET),
    );
    const result = await verifyCredential(forged, ours());
    expect(result.valid).toBe(false);
    expect(result.verdict.outcome).toBe('unverified');
    expect(failed(result)).toEqual([['issuer_key', 'key_not_published']]);
  });

  it('an unknown context: not canonicalized, not valid', async () => {
    const unknown = structuredClone(issued) as LooseJson;
    unknown['@context'].push('https://example.org/contexts/unknown.json');
    const result = await verifyCredential(unknown, ours());
    expect(result.valid).toBe(false);
    expect(failed(result)).toEqual([['context', 'unknown_context']]);
    expect(result.checks.some((check) => check.code === 'signature')).toBe(false);
    expect(result.checks.find((c) => c.code === 'context')?.message.en).toContain(
      'https://example.org/contexts/unknown.json',
    );
  });

  it('a key of one of our issuers used for another issuer', async () => {
    const other = await createIssuerKeyring({
      issuerId: 'https://certeval.example/issuers/another-certifier',
      masterSecret: MASTER_SECRET,
      now: NOW,
    });
    const otherKey = unsealSigningKey(activeKey(other) as IssuerKey, MASTER_SECRET);
    const lent = await signCredential(
      openBadgeCredential(sampleOpenBadgeInput(), SAMPLE_SECRETS),
      otherKey,
    );
    const result = await verifyCredential(lent, ours({ issuers: knowing([keyring, other]) }));
    expect(failed(result)).toEqual([['issuer_key', 'key_not_published']]);
  });

  it('malformed JSON', async () => {
    const result = await verifyCredential(
      '{"@context": ["https://www.w3.org/ns/credentials/v2",',
      ours(),
    );
    expect(result).toMatchObject({
      valid: false,
      checks: [{ code: 'json', ok: false, reason: 'malformed' }],
    });
    expect(await verifyCredential('[1, 2]', ours())).toMatchObject({
      valid: false,
      checks: [{ code: 'json', reason: 'not_an_object' }],
    });
  });

  it('an expired credential, and one not valid yet', async () => {
    const limited = await issueOpenBadge(
      sampleOpenBadgeInput({ validUntil: '2030-06-13T00:00:00Z', status: undefined }),
      signing,
    );
    const late = await verifyCredential(limited, ours({ now: new Date('2030-06-14T00:00:00Z') }));
    expect(failed(late)).toEqual([['valid_until', 'expired']]);
    const early = await verifyCredential(limited, ours({ now: new Date('2025-06-01T00:00:00Z') }));
    expect(failed(early)).toEqual([['valid_from', 'not_yet_valid']]);
  });

  it('a credential signed by a revoked key', async () => {
    const revoked = revokeIssuerKey(keyring, key.id, { now: NOW, reason: 'Clé exposée' });
    const result = await verifyCredential(issued, ours({ issuers: knowing([revoked]) }));
    expect(failed(result)).toEqual([
      ['issuer_key', 'revoked_key'],
      ['status', 'status_list_invalid'],
    ]);
    expect(result.verdict).toMatchObject({ outcome: 'invalid', cause: 'revoked_key' });
    expect(result.checks.find((c) => c.code === 'issuer_key')?.message.fr).toContain('Clé exposée');
  });
});

describe('key rotation', () => {
  it('keeps credentials signed by the retired key verifiable, and signs with the new one', async () => {
    const rotated = await rotateIssuerKey(keyring, {
      masterSecret: MASTER_SECRET,
      now: new Date('2026-01-01T00:00:00Z'),
    });
    const fresh = activeKey(rotated) as IssuerKey;
    const newer = await issueOpenBadge(
      sampleOpenBadgeInput(),
      unsealSigningKey(fresh, MASTER_SECRET),
    );
    for (const credential of [issued, newer]) {
      const result = await verifyCredential(credential, ours({ issuers: knowing([rotated]) }));
      expect(result.valid).toBe(true);
      expect(result.signer?.trust).toBe('issuer-key');
      expect(await independentlyVerified(credential, rotated)).toBe(true);
    }
    expect(newer.proof[0]?.verificationMethod).toBe(fresh.id);
    expect(newer.proof[0]?.verificationMethod).not.toBe(issued.proof[0]?.verificationMethod);
  });
});

describe('revocation through our Bitstring Status List', () => {
  const revocation = {
    index: 4711,
    reason: 'Fraude à l’examen constatée',
    revokedAt: '2026-01-10T00:00:00Z',
  };

  const listWith = (revocations: (typeof revocation)[], by = signing) =>
    issueStatusList(
      {
        listUrl: LIST_URL,
        issuerId: by.controller,
        revocations,
        validFrom: '2026-01-10T00:00:00Z',
      },
      by,
    );

  const sources = (list: unknown) => ({
    load: async (url: string) => (url === LIST_URL ? list : undefined),
    revocationReason: async (id: string) => (id === issued.id ? revocation.reason : undefined),
  });

  it('says not revoked while the bit is clear', async () => {
    const result = await verifyCredential(issued, ours({ status: sources(await listWith([])) }));
    expect(result.valid).toBe(true);
    expect(result.checks.at(-1)).toMatchObject({ code: 'status', ok: true });
    expect(result.warnings).toEqual([]);
  });

  it('says revoked, with the recorded reason, once the bit is set', async () => {
    const result = await verifyCredential(
      issued,
      ours({ status: sources(await listWith([revocation])) }),
    );
    expect(result.valid).toBe(false);
    expect(result.verdict).toMatchObject({ outcome: 'invalid', cause: 'revoked' });
    expect(failed(result)).toEqual([['status', 'revoked']]);
    expect(result.checks.at(-1)?.message).toEqual({
      fr: 'Révoqué : Fraude à l’examen constatée',
      en: 'Revoked: Fraude à l’examen constatée',
    });
  });

  it('refuses a list published by someone else than the issuer', async () => {
    const other = await createIssuerKeyring({
      issuerId: 'https://certeval.example/issuers/another-certifier',
      masterSecret: MASTER_SECRET,
      now: NOW,
    });
    const foreign = await listWith(
      [],
      unsealSigningKey(activeKey(other) as IssuerKey, MASTER_SECRET),
    );
    const result = await verifyCredential(issued, ours({ status: sources(foreign) }));
    expect(result.valid).toBe(false);
    expect(failed(result)).toEqual([['status', 'status_list_invalid']]);
  });

  it('refuses a list whose bits were altered after signing', async () => {
    const list = (await listWith([revocation])) as LooseJson;
    const clear = (await listWith([])) as LooseJson;
    list.credentialSubject.encodedList = clear.credentialSubject.encodedList;
    const result = await verifyCredential(issued, ours({ status: sources(list) }));
    expect(failed(result)).toEqual([['status', 'status_list_invalid']]);
  });

  // Issue 14: a list is trusted only when signed with a key its issuer publishes.
  it('refuses a list that names the issuer but is signed with a key of one’s own', async () => {
    const stranger = await createIssuerKeyring({
      issuerId: ISSUER_ID,
      masterSecret: MASTER_SECRET,
      now: NOW,
    });
    const forged = await listWith(
      [],
      unsealSigningKey(activeKey(stranger) as IssuerKey, MASTER_SECRET),
    );
    const result = await verifyCredential(issued, ours({ status: sources(forged) }));
    expect(failed(result)).toEqual([['status', 'status_list_invalid']]);
    expect(result.verdict).toMatchObject({ outcome: 'unverified', cause: 'status_unknown' });
  });
});

describe('suspension through a Bitstring Status List of purpose suspension', () => {
  async function suspendable(bit: boolean) {
    const unsigned = openBadgeCredential(sampleOpenBadgeInput(), SAMPLE_SECRETS) as LooseJson;
    unsigned.credentialStatus.statusPurpose = 'suspension';
    const credential = await signCredential(unsigned, signing);
    const list = (await issueStatusList(
      {
        listUrl: LIST_URL,
        issuerId: ISSUER_ID,
        revocations: bit ? [{ index: 4711, reason: '', revokedAt: '2026-01-10T00:00:00Z' }] : [],
        validFrom: '2026-01-10T00:00:00Z',
      },
      signing,
    )) as LooseJson;
    const { proof: _proof, ...unsignedList } = list;
    unsignedList.credentialSubject.statusPurpose = 'suspension';
    return { credential, list: await signCredential(unsignedList, signing) };
  }

  it('says suspended, and invalid, when the bit is set', async () => {
    const { credential, list } = await suspendable(true);
    const result = await verifyCredential(credential, ours({ status: listSources(list) }));
    expect(failed(result)).toEqual([['status', 'suspended']]);
    expect(result.verdict).toMatchObject({ outcome: 'invalid', cause: 'suspended' });
    expect(result.verdict.headline.fr).toBe('Credential invalide : suspendu par son émetteur.');
  });

  it('says not suspended while the bit is clear', async () => {
    const { credential, list } = await suspendable(false);
    const result = await verifyCredential(credential, ours({ status: listSources(list) }));
    expect(result.valid).toBe(true);
    expect(result.checks.at(-1)?.message.fr).toBe('Non suspendu.');
  });

  it('refuses a revocation list read as a suspension list', async () => {
    const { credential } = await suspendable(false);
    const result = await verifyCredential(credential, ours());
    expect(failed(result)).toEqual([['status', 'status_list_invalid']]);
  });
});
