// Trust issue 14, forged credentials: the public verifier says "valid" only when the issuer is
// proven — the proof verifies with a key that the issuer itself publishes (ours from the
// database, others from their did:web document or issuer profile, fetched from a real local
// HTTP server here) — and a revoked or suspended status makes it invalid. A self-asserted key
// for a named issuer, a look-alike issuer id, an issuer nobody can reach or a status list that
// cannot be read leave it "non vérifié", with the reason. Credentials carry no clear birth date.
import { createHash } from 'node:crypto';
import { awardedDecision } from '@certeval/core/certificates/certificates.testing';
import { openBadgeCredential } from '@certeval/core/credentials/openBadgeCredential';
import {
  type LooseJson,
  sampleOpenBadgeInput,
} from '@certeval/core/credentials/sampleCredential.testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedJurySession, TEST_SECRET } from '../certificates/certificates.testing.ts';
import { issueSessionCertificates } from '../certificates/issueCertificates.ts';
import { issueOpenBadge, issueStatusList } from '../credentials/issueCredential.ts';
import type { SigningKey } from '../credentials/issuerKeys.ts';
import {
  closedPort,
  type DocumentServer,
  didKeyIssuer,
  didWebIssuer,
  signingKeyUnder,
  startDocumentServer,
} from '../credentials/issuers.testing.ts';
import { signCredential } from '../credentials/signCredential.ts';
import { createDemoTestApp } from '../test/harness.ts';
import { actorForEmail, signInCookie } from '../test/sessions.ts';

type App = Awaited<ReturnType<typeof createDemoTestApp>>;
type Verification = {
  valid: boolean;
  verdict: { outcome: string; cause?: string; headline: { fr: string; en: string } };
  checks: Array<{ code: string; ok: boolean; reason?: string; message: { fr: string } }>;
};

const CERTIFIER = 'certificateur@demo.certeval.example';
const BIRTH_DATE = '1993-11-04';

let ours: App;
let other: App;
let otherPort: number;
let server: DocumentServer;
let genuine: LooseJson;
let foreign: { valid: LooseJson; revoked: LooseJson };

const inject = (
  app: App,
  method: 'GET' | 'POST',
  url: string,
  cookie?: string,
  payload?: unknown,
) =>
  app.app.inject({
    method,
    url,
    headers: {
      ...(cookie ? { cookie } : {}),
      ...(typeof payload === 'string' ? { 'content-type': 'application/json' } : {}),
    },
    ...(payload !== undefined ? { payload: payload as string } : {}),
  });

async function verifyOn(app: App, credential: unknown): Promise<Verification> {
  const response = await inject(
    app,
    'POST',
    '/api/public/verify',
    undefined,
    JSON.stringify(credential),
  );
  expect(response.statusCode).toBe(200);
  return response.json().verification;
}

const failed = (verification: Verification) =>
  verification.checks.filter((c) => !c.ok).map((c) => `${c.code}:${c.reason ?? ''}`);

/** Issues one signed session's documents on `app`; their credentials, as the holder downloads them. */
async function issuedCredentials(app: App, birthDates: string[]): Promise<LooseJson[]> {
  const { sessionId } = await signedJurySession(
    app.ctx,
    birthDates.map((birthDate, index) => ({
      decision: awardedDecision(),
      birthName: `Fictif-Vérif${index}`,
      firstNames: ['Aurèle'],
      birthDate,
    })),
  );
  const actor = await actorForEmail(app.ctx, CERTIFIER);
  const { issued } = await issueSessionCertificates(app.ctx, actor, sessionId);
  const cookie = await signInCookie(app.app, CERTIFIER);
  return Promise.all(
    issued.map(async (document) =>
      (await inject(app, 'GET', `/api/certificates/${document.id}/credential`, cookie)).json(),
    ),
  );
}

/** The genuine credential with its proof removed: what a forger starts from. */
function unsignedCopy(credential: LooseJson): LooseJson {
  const { proof: _proof, ...unsigned } = structuredClone(credential);
  return unsigned;
}

beforeAll(async () => {
  server = await startDocumentServer();
  otherPort = await closedPort();
  ours = await createDemoTestApp({
    CERTEVAL_SECRET: TEST_SECRET,
    CERTEVAL_FETCH_ALLOW_PRIVATE: '1',
  });
  // Another Certeval, on another database, at an address nothing answers yet.
  other = await createDemoTestApp({
    CERTEVAL_SECRET: 'another instance master secret, long enough, 48 c',
    CERTEVAL_PUBLIC_URL: `http://127.0.0.1:${otherPort}`,
  });
  [genuine] = await issuedCredentials(ours, [BIRTH_DATE]);
  const [valid, revoked] = await issuedCredentials(other, ['1990-01-01', '1991-02-02']);
  const cookie = await signInCookie(other.app, CERTIFIER);
  const certificates = (await inject(other, 'GET', '/api/certificates', cookie)).json();
  const target = certificates.find(
    (c: { verificationUrl: string }) => c.verificationUrl === revoked.id,
  );
  const revocation = await inject(
    other,
    'POST',
    `/api/certificates/${target.id}/revocation`,
    cookie,
    {
      reason: 'Décision annulée (démo)',
    },
  );
  expect(revocation.statusCode).toBeLessThan(300);
  foreign = {
    valid,
    revoked: (
      await inject(other, 'GET', `/api/certificates/${target.id}/credential`, cookie)
    ).json(),
  };
}, 240_000);

afterAll(async () => {
  await Promise.all([ours?.close(), other?.close(), server?.close()]);
});

describe('a genuine credential of ours', () => {
  it('is valid: its key is the certifier’s, read from our database', async () => {
    const verification = await verifyOn(ours, genuine);
    expect(failed(verification)).toEqual([]);
    expect(verification).toMatchObject({ valid: true, verdict: { outcome: 'valid' } });
  });
});

describe('a forged credential is never reported valid', () => {
  it('re-signed with a did:key of one’s own, the holder changed, the certifier named as issuer: non vérifié', async () => {
    const forger = await didKeyIssuer();
    const unsigned = unsignedCopy(genuine);
    unsigned.credentialSubject.identifier[0].identityHash = 'Mallory Faussaire';
    const forged = await signCredential(unsigned, forger.key);
    const verification = await verifyOn(ours, forged);
    expect(verification.valid).toBe(false);
    expect(verification.verdict.outcome).toBe('unverified');
    expect(verification.verdict.cause).toBe('issuer_not_proven');
    expect(verification.verdict.headline.fr).toMatch(/non vérifié/);
    expect(verification.verdict.headline.fr).not.toMatch(/\bvalide\b/);
    expect(failed(verification)).toContain('issuer_key:key_not_published');
  });

  it('signed with a key of one’s own named under the certifier’s id (<issuer id>#<key>): non vérifié', async () => {
    const unsigned = unsignedCopy(genuine);
    const forged = await signCredential(unsigned, await signingKeyUnder(unsigned.issuer.id));
    const verification = await verifyOn(ours, forged);
    expect(verification).toMatchObject({ valid: false, verdict: { outcome: 'unverified' } });
    expect(failed(verification)).toContain('issuer_key:key_not_published');
  });

  it.each([
    ['a trailing slash', (id: string) => `${id}/`],
    ['an upper-case host', (id: string) => id.replace('//localhost', '//LOCALHOST')],
  ])('names a look-alike of the certifier’s id (%s): non vérifié', async (_name, lookAlike) => {
    const unsigned = unsignedCopy(genuine);
    unsigned.issuer.id = lookAlike(unsigned.issuer.id);
    const { credentialStatus: _status, ...withoutStatus } = unsigned;
    const forged = await signCredential(withoutStatus, await signingKeyUnder(unsigned.issuer.id));
    const verification = await verifyOn(ours, forged);
    expect(verification.valid).toBe(false);
    expect(verification.verdict.outcome).toBe('unverified');
    expect(verification.verdict.headline.en).toMatch(/not verified/);
  });
});

describe('a credential of another Certeval', () => {
  it('is non vérifié while its issuer cannot be reached', async () => {
    const verification = await verifyOn(ours, foreign.valid);
    expect(verification).toMatchObject({
      valid: false,
      verdict: { outcome: 'unverified', cause: 'issuer_not_proven' },
    });
    expect(failed(verification)).toContain('issuer_key:issuer_unresolvable');
  });

  it('is valid once its issuer profile is published at its issuer id, with its status list', async () => {
    await other.app.listen({ port: otherPort, host: '127.0.0.1' });
    const profile = await (await fetch(foreign.valid.issuer.id)).json();
    expect(profile).toMatchObject({ id: foreign.valid.issuer.id, type: ['Profile'] });
    expect(profile.assertionMethod).toContain(foreign.valid.proof[0]?.verificationMethod);
    const verification = await verifyOn(ours, foreign.valid);
    expect(failed(verification)).toEqual([]);
    expect(verification).toMatchObject({ valid: true, verdict: { outcome: 'valid' } });
  });

  it('is invalid once revoked in the status list its issuer publishes', async () => {
    const verification = await verifyOn(ours, foreign.revoked);
    expect(verification).toMatchObject({
      valid: false,
      verdict: { outcome: 'invalid', cause: 'revoked' },
    });
    expect(failed(verification)).toEqual(['status:revoked']);
  });
});

describe('a did:web issuer', () => {
  let issuer: { did: string; key: SigningKey };
  const LIST = '/status/revocation';

  beforeAll(async () => {
    issuer = await didWebIssuer(server);
    const list = await issueStatusList(
      {
        listUrl: `${server.origin}${LIST}`,
        issuerId: issuer.did,
        revocations: [{ index: 7, reason: '', revokedAt: '2025-06-01T00:00:00Z' }],
        validFrom: '2025-06-01T00:00:00Z',
      },
      issuer.key,
    );
    server.serve(LIST, list);
  });

  const credentialOf = (index: number, listUrl = `${server.origin}${LIST}`) =>
    issueOpenBadge(
      sampleOpenBadgeInput({
        issuer: { id: issuer.did, name: 'Organisme certificateur (démo)' },
        status: { listUrl, index },
      }),
      issuer.key,
    );

  it('is valid when its key is in the DID document its server publishes', async () => {
    const before = server.hits('/.well-known/did.json');
    const verification = await verifyOn(ours, await credentialOf(3));
    expect(failed(verification)).toEqual([]);
    expect(verification).toMatchObject({ valid: true, verdict: { outcome: 'valid' } });
    // Read once, then from the cache.
    await verifyOn(ours, await credentialOf(4));
    expect(server.hits('/.well-known/did.json') - before).toBeLessThanOrEqual(1);
  });

  it('is invalid when its status list says revoked', async () => {
    const verification = await verifyOn(ours, await credentialOf(7));
    expect(verification.verdict).toMatchObject({ outcome: 'invalid', cause: 'revoked' });
  });

  it('is invalid, and said suspended, when its suspension list has its bit set', async () => {
    const path = '/status/suspension';
    const list = (await issueStatusList(
      {
        listUrl: `${server.origin}${path}`,
        issuerId: issuer.did,
        revocations: [{ index: 9, reason: '', revokedAt: '2025-06-01T00:00:00Z' }],
        validFrom: '2025-06-01T00:00:00Z',
      },
      issuer.key,
    )) as LooseJson;
    const { proof: _proof, ...unsignedList } = list;
    unsignedList.credentialSubject.statusPurpose = 'suspension';
    server.serve(path, await signCredential(unsignedList, issuer.key));
    const unsigned = openBadgeCredential(
      sampleOpenBadgeInput({
        issuer: { id: issuer.did, name: 'Organisme certificateur (démo)' },
        status: { listUrl: `${server.origin}${path}`, index: 9 },
      }),
      { birthDateSalt: 'sel-de-test' },
    ) as LooseJson;
    unsigned.credentialStatus.statusPurpose = 'suspension';
    const verification = await verifyOn(ours, await signCredential(unsigned, issuer.key));
    expect(verification.verdict).toMatchObject({ outcome: 'invalid', cause: 'suspended' });
    expect(failed(verification)).toEqual(['status:suspended']);
  });

  it('is non vérifié when its status list cannot be reached', async () => {
    const verification = await verifyOn(
      ours,
      await credentialOf(3, `${server.origin}/status/missing`),
    );
    expect(verification).toMatchObject({
      valid: false,
      verdict: { outcome: 'unverified', cause: 'status_unknown' },
    });
    expect(failed(verification)).toEqual(['status:status_unavailable']);
  });

  it('is never fetched from a loopback address by a server configured for production', async () => {
    const verification = await verifyOn(other, await credentialOf(3));
    expect(verification.verdict.outcome).toBe('unverified');
    expect(failed(verification)).toContain('issuer_key:issuer_unresolvable');
  });
});

describe('a did:key issuer', () => {
  it('is valid when the issuer is the key itself', async () => {
    const self = await didKeyIssuer();
    const { status: _status, ...input } = sampleOpenBadgeInput({
      issuer: { id: self.did, name: 'Formateur indépendant (démo)' },
    });
    const verification = await verifyOn(ours, await issueOpenBadge(input, self.key));
    expect(failed(verification)).toEqual([]);
    expect(verification.verdict.outcome).toBe('valid');
  });
});

describe('personal data in an issued credential', () => {
  it('carries the birth date only as a salted SHA-256 that checks with its salt', () => {
    expect(JSON.stringify(genuine)).not.toContain(BIRTH_DATE);
    expect(JSON.stringify(genuine)).not.toContain('04/11/1993');
    const birth = genuine.credentialSubject.identifier.find(
      (identity: { identityType: string }) => identity.identityType === 'ext:dateOfBirth',
    );
    expect(birth).toMatchObject({ type: 'IdentityObject', hashed: true });
    expect(birth.salt).toMatch(/^[0-9a-f]{32}$/);
    const hash = createHash('sha256').update(`${BIRTH_DATE}${birth.salt}`, 'utf8').digest('hex');
    expect(birth.identityHash).toBe(`sha256$${hash}`);
    const name = genuine.credentialSubject.identifier.find(
      (identity: { identityType: string }) => identity.identityType === 'name',
    );
    expect(name).toMatchObject({ hashed: false, identityHash: expect.stringContaining('Aurèle') });
  });
});
