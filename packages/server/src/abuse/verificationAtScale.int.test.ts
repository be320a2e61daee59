// Issue 19, item 2: the public verification by number no longer canonicalizes and checks the
// same signatures on every request (credentials/signatureCache.ts) nor takes the certifier's
// lock to serve its status lists. What must not follow: a stored credential changed after a
// first verification is still found invalid, a status changed is seen by the very next
// verification, and a signature that failed is never remembered as one that held.
import { awardedDecision } from '@certeval/core/certificates/certificates.testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedJurySession, TEST_SECRET } from '../certificates/certificates.testing.ts';
import { issueSessionCertificates } from '../certificates/issueCertificates.ts';
import * as store from '../certificates/store.ts';
import { statusListPlaceOf } from '../certificates/urls.ts';
import { createDemoTestApp } from '../test/harness.ts';
import { actorForEmail, signInCookie } from '../test/sessions.ts';

type Check = { code: string; ok: boolean; reason?: string };
type Page = {
  status: string;
  holder: { name: string };
  verification: { valid: boolean; verdict: { outcome: string; cause?: string }; checks: Check[] };
};

const CERTIFIER = 'certificateur@demo.certeval.example';
let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let certifier: string;
let issued: Array<{ id: string; number: string }>;

beforeAll(async () => {
  t = await createDemoTestApp({ CERTEVAL_SECRET: TEST_SECRET });
  certifier = await signInCookie(t.app, CERTIFIER);
  const { sessionId } = await signedJurySession(t.ctx, [
    { decision: awardedDecision(), birthName: 'Vasseur', firstNames: ['Aurèle'] },
    { decision: awardedDecision(), birthName: 'Quémener', firstNames: ['Loïc'] },
    { decision: awardedDecision(), birthName: 'Ferrand', firstNames: ['Ninon'] },
  ]);
  const actor = await actorForEmail(t.ctx, CERTIFIER);
  issued = (await issueSessionCertificates(t.ctx, actor, sessionId)).issued;
});
afterAll(() => t.close());

async function verify(number: string): Promise<Page> {
  const response = await t.app.inject({ method: 'GET', url: `/api/public/certificates/${number}` });
  expect(response.statusCode).toBe(200);
  return response.json();
}

const failed = (page: Page) =>
  page.verification.checks.filter((c) => !c.ok).map((c) => `${c.code}:${c.reason ?? ''}`);

const storedCredential = async (id: string) => {
  const [row] = await t.ctx.database.query<{ credential: Record<string, unknown> }>(
    'select credential from certificates where id = $1',
    [id],
  );
  return row?.credential ?? {};
};

const storeCredential = (id: string, credential: unknown) =>
  t.ctx.database.query('update certificates set credential = $2::jsonb where id = $1', [
    id,
    JSON.stringify(credential),
  ]);

describe('the verification by number, asked again and again', () => {
  it('finds a stored credential changed after a first verification invalid', async () => {
    const { id, number } = issued[0] ?? { id: '', number: '' };
    for (let i = 0; i < 3; i++) expect((await verify(number)).status).toBe('valid');
    const genuine = await storedCredential(id);
    const subject = genuine.credentialSubject as Record<string, unknown>;
    const achievement = subject.achievement as Record<string, unknown>;
    await storeCredential(id, {
      ...genuine,
      credentialSubject: { ...subject, achievement: { ...achievement, name: 'Brevet de pilote' } },
    });
    const tampered = await verify(number);
    expect(tampered.status).toBe('invalid');
    expect(tampered.verification.valid).toBe(false);
    expect(failed(tampered)).toEqual(['signature:invalid_signature']);
    // Asked again, it is checked again: a failure is never remembered as a success.
    expect((await verify(number)).status).toBe('invalid');
    await storeCredential(id, genuine);
    expect((await verify(number)).status).toBe('valid');
  });

  it('finds a holder’s name changed in the stored credential invalid', async () => {
    const { id, number } = issued[1] ?? { id: '', number: '' };
    const before = await verify(number);
    const genuine = await storedCredential(id);
    const text = JSON.stringify(genuine).replace(before.holder.name, 'Quémener Loïs');
    expect(text).not.toBe(JSON.stringify(genuine));
    await storeCredential(id, JSON.parse(text));
    const after = await verify(number);
    expect(after.status).toBe('invalid');
    expect(failed(after)).toContain('signature:invalid_signature');
    await storeCredential(id, genuine);
  });

  it('says revoked on the very next verification after a revocation', async () => {
    const { id, number } = issued[2] ?? { id: '', number: '' };
    expect((await verify(number)).status).toBe('valid');
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/certificates/${id}/revocation`,
      headers: { cookie: certifier, 'content-type': 'application/json' },
      payload: { reason: 'Fraude constatée au dossier' },
    });
    expect(response.statusCode).toBe(200);
    const after = await verify(number);
    expect(after.status).toBe('revoked');
    expect(after.verification.verdict).toMatchObject({ outcome: 'invalid', cause: 'revoked' });
  });

  it('reads the status list’s bits afresh: a bit set in the list alone shows at once', async () => {
    const { id, number } = issued[0] ?? { id: '', number: '' };
    expect((await verify(number)).verification.valid).toBe(true);
    const entries = (await storedCredential(id)).credentialStatus as Array<Record<string, string>>;
    const suspension = entries.find((e) => e.statusPurpose === 'suspension');
    const listId = statusListPlaceOf(suspension?.statusListCredential ?? '')?.id ?? '';
    const index = Number(suspension?.statusListIndex);
    await store.setStatusBit(t.ctx.database.db, listId, index, true, new Date());
    const suspended = await verify(number);
    expect(suspended.verification.valid).toBe(false);
    expect(suspended.verification.verdict.cause).toBe('suspended');
    await store.setStatusBit(t.ctx.database.db, listId, index, false, new Date());
    expect((await verify(number)).verification.valid).toBe(true);
  });
});

describe('the verification remembered', () => {
  it('is made afresh once the issuer’s published keys change', async () => {
    const { number } = issued[1] ?? { number: '' };
    expect((await verify(number)).status).toBe('valid');
    // The issuer publishes its keys no more (as if they had been withdrawn).
    const keys = await t.ctx.database.query<Record<string, unknown>>(
      'delete from issuer_keys returning *',
    );
    try {
      const withdrawn = await verify(number);
      expect(withdrawn.verification.valid).toBe(false);
    } finally {
      for (const key of keys)
        await t.ctx.database.query(
          `insert into issuer_keys (${Object.keys(key).join(', ')})
           values (${Object.keys(key)
             .map((_, i) => `$${i + 1}`)
             .join(', ')})`,
          Object.values(key),
        );
    }
    expect((await verify(number)).status).toBe('valid');
  });
});
