// Issuing a signed jury session's documents through the API: the certificate and the
// attestation with their mentions read back from the PDF, credentials that the independent
// verifier of @digitalbazaar/vc accepts and refuses once one character of the subject changes,
// revocation published in the status list, key rotation that keeps old credentials valid.
import { awardedDecision, partialDecision } from '@certeval/core/certificates/certificates.testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeStatusList } from '../credentials/statusListCodec.ts';
import { readPdfText } from '../platform/pdf/pdfText.ts';
import { createDemoTestApp } from '../test/harness.ts';
import { signInCookie } from '../test/sessions.ts';
import { demoCertifierId, signedJurySession, TEST_SECRET } from './certificates.testing.ts';
import { independentlyVerified as verifiedBy } from './independentVerifier.testing.ts';

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let certifier: string;
let sessionId: string;
let certifierId: string;
type Summary = { id: string; number: string; kind: string; holderName: string };
let documents: Summary[];

const call = (method: 'GET' | 'POST', url: string, cookie?: string, payload?: object) =>
  t.app.inject({
    method,
    url,
    ...(cookie ? { headers: { cookie } } : {}),
    ...(payload ? { payload } : {}),
  });

async function issueSession(id: string, cookie = certifier) {
  const started = await call('POST', '/api/certificates/batches', cookie, {
    sessionId: id,
    signatory: { name: 'Hélène Marchetti', quality: 'Présidente de la CPNE' },
  });
  expect(started.statusCode).toBe(202);
  let batch = started.json();
  while (batch.status === 'running') {
    await new Promise((resolve) => setTimeout(resolve, 50));
    batch = (await call('GET', `/api/certificates/batches/${batch.id}`, cookie)).json();
  }
  return batch;
}

const independentlyVerified = (credential: unknown) => verifiedBy(t.app, credential);

beforeAll(async () => {
  t = await createDemoTestApp({ CERTEVAL_SECRET: TEST_SECRET }, { workers: true });
  certifier = await signInCookie(t.app, 'certificateur@demo.certeval.example');
  certifierId = await demoCertifierId(t.ctx);
  ({ sessionId } = await signedJurySession(t.ctx, [
    { decision: awardedDecision(), demoCandidate: true },
    {
      decision: partialDecision(),
      birthName: 'Marchetti',
      usageName: 'Lebrun',
      firstNames: ['Élodie', 'Claire'],
      birthDate: '1994-03-17',
      birthPlace: 'Montrelay-sur-Aube (Aube)',
    },
  ]));
  const batch = await issueSession(sessionId);
  expect(batch).toMatchObject({ status: 'done', total: 2, issued: 2, skipped: 0 });
  documents = (await call('GET', `/api/certificates?sessionId=${sessionId}`, certifier)).json();
});
afterAll(() => t.close());

const byKind = (kind: string) => documents.find((d) => d.kind === kind) as Summary;

describe('issuing a signed jury session', () => {
  it('gives a certificate to the awarded candidate and an attestation to the partial one, numbered in sequence', () => {
    expect(documents.map((d) => [d.kind, d.holderName]).sort()).toEqual([
      ['attestation', 'Élodie Claire Lebrun'],
      ['certificate', 'Lucas Moreau'],
    ]);
    expect(documents.map((d) => d.number).sort()).toEqual([
      'CQP-AGC-2025-000001',
      'CQP-AGC-2025-000002',
    ]);
  });

  it('prints the mentions of a certificate in the PDF, accents included', async () => {
    const response = await call(
      'GET',
      `/api/certificates/${byKind('certificate').id}/pdf`,
      certifier,
    );
    expect(response.headers['content-type']).toBe('application/pdf');
    const [page] = (await readPdfText(response.rawPayload)).pages;
    for (const mention of [
      'CERTIFICAT',
      'Certificat de qualification professionnelle (CQP)',
      'Certificat de qualification professionnelle Assistant(e) de gestion client',
      'Enregistré au RNCP sous le n° 28795 (Arrêté du 28 juillet 2017)',
      'NSF 312m Commerce, vente',
      'Commission paritaire démo de l’alimentaire délivre le présent certificat à Lucas Moreau',
      'né(e) le 14 juin 1998 à Saint-Amand-les-Prés (Cher)',
      'par décision du jury de certification du 12 juin 2025',
      'Pour le certificateur, Hélène Marchetti Présidente de la CPNE',
      `N° ${byKind('certificate').number}`,
      `http://localhost:3000/verifier/${byKind('certificate').number}`,
    ]) {
      expect(page).toContain(mention);
    }
  });

  it('prints the acquired domains of an attestation with their validity', async () => {
    const response = await call(
      'GET',
      `/api/certificates/${byKind('attestation').id}/pdf`,
      certifier,
    );
    const [page] = (await readPdfText(response.rawPayload)).pages;
    expect(page).toContain('ATTESTATION DE DOMAINES DE COMPÉTENCES');
    expect(page).toContain('Élodie Claire Lebrun');
    expect(page).toContain('nom de naissance Marchetti');
    expect(page).toContain('R — Relation client / Argumentation (validité sans limite de durée)');
    expect(page).not.toContain('OT —');
  });

  it('issues nothing twice when the session is issued again', async () => {
    const again = await issueSession(sessionId);
    expect(again).toMatchObject({ status: 'done', total: 0, issued: 0, skipped: 2 });
  });

  it('is refused to the holder and unknown to another certifier’s session', async () => {
    const holder = await signInCookie(t.app, 'candidat@demo.certeval.example');
    const response = await call('POST', '/api/certificates/batches', holder, { sessionId });
    expect(response.statusCode).toBe(403);
  });
});

const credentialOf = async (id: string, cookie = certifier) =>
  (await call('GET', `/api/certificates/${id}/credential`, cookie)).json();

describe('the signed credential', () => {
  it('verifies with the independent verifier of @digitalbazaar/vc', async () => {
    expect(await independentlyVerified(await credentialOf(byKind('certificate').id))).toBe(true);
  });

  it('fails it once one character of the subject is changed', async () => {
    const credential = await credentialOf(byKind('certificate').id);
    credential.credentialSubject.identifier[0].identityHash = 'Lucas Moreaux';
    expect(await independentlyVerified(credential)).toBe(false);
  });

  it('is downloaded by its holder, and by no other candidate', async () => {
    const holder = await signInCookie(t.app, 'candidat@demo.certeval.example');
    const mine = (await call('GET', '/api/certificates/mine', holder)).json();
    expect(mine.map((d: Summary) => d.number)).toEqual([byKind('certificate').number]);
    expect(
      (await call('GET', `/api/certificates/${byKind('certificate').id}/pdf`, holder)).statusCode,
    ).toBe(200);
    expect(
      (await call('GET', `/api/certificates/${byKind('attestation').id}/pdf`, holder)).statusCode,
    ).toBe(404);
  });
});

describe('revocation and key rotation', () => {
  it('says revoked with its reason once revoked, and sets the bit of the re-issued status list', async () => {
    const target = byKind('attestation');
    const revoked = await call('POST', `/api/certificates/${target.id}/revocation`, certifier, {
      reason: 'Erreur sur le nom de naissance',
    });
    expect(revoked.statusCode).toBe(200);
    const page = (await call('GET', `/api/public/certificates/${target.number}`)).json();
    expect(page.status).toBe('revoked');
    expect(page.revocation.reason).toBe('Erreur sur le nom de naissance');
    expect(page.verification.valid).toBe(false);
    const status = page.verification.checks.find((c: { code: string }) => c.code === 'status');
    expect(status).toMatchObject({ ok: false, reason: 'revoked' });
    const credential = await credentialOf(target.id);
    // Its bit in the revocation list (the other entry is its suspension list's, issue 14).
    const entry = credential.credentialStatus.find(
      (e: { statusPurpose: string }) => e.statusPurpose === 'revocation',
    );
    const list = JSON.parse((await call('GET', new URL(entry.statusListCredential).pathname)).body);
    const bits = decodeStatusList(list.credentialSubject.encodedList) as Uint8Array;
    const index = Number(entry.statusListIndex);
    expect((bits[index >> 3] ?? 0) & (0x80 >> (index & 7))).not.toBe(0);
    const twice = await call('POST', `/api/certificates/${target.id}/revocation`, certifier, {
      reason: 'encore',
    });
    expect(twice.statusCode).toBe(409);
  });

  it('keeps what the old key signed valid after a rotation, and signs new documents with the new key', async () => {
    const before = (
      await call('GET', `/api/certificates/keys?organisationId=${certifierId}`, certifier)
    ).json();
    const rotated = await call('POST', '/api/certificates/keys/rotation', certifier, {
      organisationId: certifierId,
    });
    expect(rotated.statusCode).toBe(200);
    const keys = rotated.json().keys;
    expect(keys).toHaveLength(before.keys.length + 1);
    expect(keys.filter((k: { retiredAt: string | null }) => k.retiredAt === null)).toHaveLength(1);
    const old = (
      await call('GET', `/api/public/certificates/${byKind('certificate').number}`)
    ).json();
    expect(old).toMatchObject({ status: 'valid', verification: { valid: true } });
    expect(await independentlyVerified(await credentialOf(byKind('certificate').id))).toBe(true);

    const { sessionId: next } = await signedJurySession(
      t.ctx,
      [{ decision: awardedDecision(), birthName: 'Garnier', firstNames: ['Inès'] }],
      '2025-09-18',
    );
    expect((await issueSession(next)).issued).toBe(1);
    const [fresh] = (await call('GET', `/api/certificates?sessionId=${next}`, certifier)).json();
    const credential = await credentialOf(fresh.id);
    expect(credential.proof[0].verificationMethod).toBe(keys.at(-1).verificationMethod);
    expect(fresh.number).toBe('CQP-AGC-2025-000003');
    expect(await independentlyVerified(credential)).toBe(true);
  });
});
