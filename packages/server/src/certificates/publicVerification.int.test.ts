// Verification without an account, and the certifier's statistics: an uploaded credential is
// valid only when every check passes — a tampered, wrongly keyed, unknown-context, malformed
// or revoked one says which check failed and why.
import { awardedDecision, partialDecision } from '@certeval/core/certificates/certificates.testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIssuerKeyring, unsealSigningKey } from '../credentials/issuerKeys.ts';
import { signCredential } from '../credentials/signCredential.ts';
import { createContext } from '../platform/context.ts';
import { createDemoTestApp } from '../test/harness.ts';
import { actorForEmail, signInCookie } from '../test/sessions.ts';
import { signedJurySession, TEST_SECRET } from './certificates.testing.ts';
import { signingKeyOf } from './signingKeys.ts';

const certifierIdOf = (issuerId: string) => issuerId.split('/').at(-1) ?? '';

import { issueSessionCertificates } from './issueCertificates.ts';
import { verifyUpload as verifyUploadAt } from './verifyCertificates.ts';

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let certifier: string;
type Issued = { id: string; number: string; kind: string };
let issued: Issued[];

const call = (method: 'GET' | 'POST', url: string, cookie?: string, payload?: string | object) =>
  t.app.inject({
    method,
    url,
    headers: {
      ...(cookie ? { cookie } : {}),
      ...(typeof payload === 'string' ? { 'content-type': 'application/json' } : {}),
    },
    ...(payload !== undefined ? { payload } : {}),
  });

const credentialOf = async (id: string) =>
  (await call('GET', `/api/certificates/${id}/credential`, certifier)).json();

const verifyUpload = async (text: string) =>
  (await call('POST', '/api/public/verify', undefined, text)).json();

const failed = (verification: { checks: Array<{ code: string; ok: boolean; reason?: string }> }) =>
  verification.checks.filter((c) => !c.ok).map((c) => `${c.code}:${c.reason ?? ''}`);

beforeAll(async () => {
  t = await createDemoTestApp({ CERTEVAL_SECRET: TEST_SECRET });
  certifier = await signInCookie(t.app, 'certificateur@demo.certeval.example');
  const { sessionId } = await signedJurySession(t.ctx, [
    { decision: awardedDecision(), demoCandidate: true },
    { decision: partialDecision(), birthName: 'Perrin', firstNames: ['Noé'] },
    { decision: awardedDecision(), birthName: 'Aubert', firstNames: ['Léa'] },
  ]);
  const actor = await actorForEmail(t.ctx, 'certificateur@demo.certeval.example');
  issued = (await issueSessionCertificates(t.ctx, actor, sessionId, { chunkSize: 2 })).issued;
});
afterAll(() => t.close());

describe('verification by number, without an account', () => {
  it('shows the holder, the certification, the dates and a valid signature', async () => {
    const [first] = issued;
    const response = await call('GET', `/api/public/certificates/${first?.number.toLowerCase()}`);
    expect(response.statusCode).toBe(200);
    const page = response.json();
    expect(page).toMatchObject({
      number: first?.number,
      status: 'valid',
      certification: { registration: 'RNCP28795' },
      decisionDate: '2025-06-12',
      certifier: 'Commission paritaire démo de l’alimentaire',
      verification: { valid: true },
    });
    expect(page.holder).toEqual({ name: expect.any(String) });
  });

  it('says every check in the reader’s words: dates written out, the issuer by its name, no address of a key', async () => {
    const [first] = issued;
    const page = (await call('GET', `/api/public/certificates/${first?.number}`)).json();
    const checks: Array<{ code: string; message: { fr: string; en: string } }> =
      page.verification.checks;
    const said = checks.flatMap((c) => [c.message.fr, c.message.en]).join('\n');
    expect(said).not.toMatch(/https?:\/\/|did:(key|web):|\d{4}-\d{2}-\d{2}/);
    const byCode = (code: string) => checks.find((c) => c.code === code)?.message;
    expect(byCode('issuer_key')?.fr).toContain('« Commission paritaire démo de l’alimentaire »');
    expect(byCode('valid_from')?.fr).toMatch(/^Valable depuis le \d{1,2} \p{L}+ \d{4}\.$/u);
    expect(byCode('valid_from')?.en).toMatch(/^Valid since \d{1,2} [A-Z][a-z]+ \d{4}\.$/);
  });

  it('says which number is unknown', async () => {
    const response = await call('GET', '/api/public/certificates/CQP-AGC-1999-000001');
    expect(response.statusCode).toBe(404);
    expect(response.json().message.fr).toContain('CQP-AGC-1999-000001');
  });

  it('publishes the certifier’s keys at the issuer id and its signed status lists', async () => {
    const credential = await credentialOf(issued[0]?.id ?? '');
    const issuer = await call('GET', new URL(credential.issuer.id).pathname);
    expect(issuer.headers['content-type']).toContain('application/ld+json');
    expect(issuer.json()).toMatchObject({
      id: credential.issuer.id,
      type: ['Profile'],
      name: 'Commission paritaire démo de l’alimentaire',
      assertionMethod: [credential.proof[0].verificationMethod],
    });
    // One bit in the revocation list, one in the suspension list beside it (issue 14).
    const entries = credential.credentialStatus as Array<Record<string, string>>;
    expect(entries.map((e) => e.statusPurpose)).toEqual(['revocation', 'suspension']);
    for (const entry of entries) {
      const list = await call('GET', new URL(entry.statusListCredential as string).pathname);
      expect(list.json()).toMatchObject({
        type: ['VerifiableCredential', 'BitstringStatusListCredential'],
        issuer: credential.issuer.id,
        credentialSubject: { type: 'BitstringStatusList', statusPurpose: entry.statusPurpose },
        proof: [{ cryptosuite: 'eddsa-rdfc-2022' }],
      });
    }
  });
});

describe('verification of an uploaded credential', () => {
  it('finds one of ours valid, signed by the issuer’s key', async () => {
    const credential = await credentialOf(issued[0]?.id ?? '');
    const result = await verifyUpload(JSON.stringify(credential));
    expect(result.verification.valid).toBe(true);
    expect(result.verification.verdict.outcome).toBe('valid');
    expect(result.verification.signer.trust).toBe('issuer-key');
    expect(result.verification.issuer).toEqual({ id: credential.issuer.id, source: 'certeval' });
    expect(result.summary.issuer).toBe('Commission paritaire démo de l’alimentaire');
  });

  it('stays valid after the public address changes: keys and lists are ours by their ids', async () => {
    const credential = await credentialOf(issued[0]?.id ?? '');
    const moved = createContext(t.ctx.database, {
      ...t.ctx.config,
      publicUrl: 'https://certeval.nouvelle-adresse.example',
    });
    const { verification } = await verifyUploadAt(moved, JSON.stringify(credential));
    expect(failed(verification)).toEqual([]);
    expect(verification.verdict.outcome).toBe('valid');
  });

  it('is never valid once tampered: the signature check says the document was altered', async () => {
    const credential = await credentialOf(issued[0]?.id ?? '');
    credential.credentialSubject.identifier[1].identityHash = '1998-06-15';
    const result = await verifyUpload(JSON.stringify(credential));
    expect(result.verification.valid).toBe(false);
    expect(failed(result.verification)).toEqual(['signature:invalid_signature']);
  });

  it('is never valid when signed by a key the certifier does not have', async () => {
    const original = await credentialOf(issued[0]?.id ?? '');
    const keyring = await createIssuerKeyring({
      issuerId: original.issuer.id,
      masterSecret: TEST_SECRET,
      now: new Date(),
    });
    const [key] = keyring.keys;
    if (!key) throw new Error('no key');
    const { proof: _proof, ...unsigned } = original;
    const forged = await signCredential(unsigned, unsealSigningKey(key, TEST_SECRET));
    const result = await verifyUpload(JSON.stringify(forged));
    expect(result.verification.valid).toBe(false);
    // Issue 14: the key is not one the certifier publishes, so the issuer is not proven.
    expect(result.verification.verdict.outcome).toBe('unverified');
    expect(failed(result.verification)).toContain('issuer_key:key_not_published');
  });

  it('says malformed JSON and an unknown context, and is never valid', async () => {
    const malformed = await verifyUpload('{"@context": [');
    expect(failed(malformed.verification)).toEqual(['json:malformed']);
    const credential = await credentialOf(issued[0]?.id ?? '');
    credential['@context'].push('https://example.org/unknown-context.json');
    const unknown = await verifyUpload(JSON.stringify(credential));
    expect(unknown.verification.valid).toBe(false);
    expect(failed(unknown.verification)).toContain('context:unknown_context');
  });

  it('says revoked once the certifier revoked it', async () => {
    const target = issued.filter((d) => d.kind === 'certificate')[1] as Issued;
    await call('POST', `/api/certificates/${target.id}/revocation`, certifier, {
      reason: 'Fraude constatée',
    });
    const result = await verifyUpload(JSON.stringify(await credentialOf(target.id)));
    expect(result.verification.valid).toBe(false);
    const status = result.verification.checks.find((c: { code: string }) => c.code === 'status');
    expect(status.message.fr).toBe('Révoqué : Fraude constatée');
  });

  it('says expired once its validity has passed, even signed by the certifier’s own key', async () => {
    const original = await credentialOf(issued[0]?.id ?? '');
    const { proof: _proof, ...unsigned } = original;
    const key = await t.ctx.database.db.transaction((tx) =>
      signingKeyOf(t.ctx, tx, certifierIdOf(original.issuer.id)),
    );
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
    const lapsed = await signCredential(
      { ...unsigned, validFrom: daysAgo(400), validUntil: daysAgo(1) },
      key,
    );
    const result = await verifyUpload(JSON.stringify(lapsed));
    expect(result.verification.valid).toBe(false);
    expect(failed(result.verification)).toEqual(['valid_until:expired']);
  });

  it('refuses a file too large to be a credential', async () => {
    const response = await call(
      'POST',
      '/api/public/verify',
      undefined,
      `"${'x'.repeat(300_000)}"`,
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().message.fr).toContain('Ko');
  });
});

describe('the certifier’s statistics', () => {
  it('counts the documents and the pass rate of each domain', async () => {
    const stats = (await call('GET', '/api/statistics/certificates', certifier)).json();
    expect(stats.totals).toMatchObject({
      certificates: 1,
      attestations: 1,
      revoked: 1,
      decided: 3,
      awarded: 2,
    });
    expect(stats.byYear).toEqual([{ year: 2025, certificates: 1, attestations: 1, revoked: 1 }]);
    expect(stats.byCompany.map((c: { company: string }) => c.company)).toEqual([
      'Biscuiterie des Trois Vallées',
    ]);
    const ot = stats.passRates.find((r: { unit: string }) => r.unit === 'OT');
    expect(ot).toMatchObject({ decided: 3, passed: 2, rate: 66.7 });
  });

  it('gives each table as CSV, and nothing to a candidate', async () => {
    const csv = await call('GET', '/api/statistics/certificates/csv?table=pass-rates', certifier);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('cqp-agc;OT;Outil / Organisation du travail;3;2;66,7');
    const holder = await signInCookie(t.app, 'candidat@demo.certeval.example');
    expect((await call('GET', '/api/statistics/certificates', holder)).statusCode).toBe(403);
  });
});
