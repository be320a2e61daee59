// Issue 18, item 3: every credential the product issues — a certificate, an attestation of
// domains and an attestation of blocs (VAE) — conforms to the 1EdTech Open Badges 3.0 JSON
// schema (proof as an array included) and verifies with @digitalbazaar/vc.
import {
  awardedDecision,
  partialDecision,
  vaeDecision,
} from '@certeval/core/certificates/certificates.testing';
import { inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ob30CredentialProblems } from '../credentials/ob30Schema.testing.ts';
import { certificates } from '../platform/db/schema.ts';
import { createDemoTestApp } from '../test/harness.ts';
import { actorForEmail } from '../test/sessions.ts';
import { signedJurySession, TEST_SECRET } from './certificates.testing.ts';
import { independentlyVerified } from './independentVerifier.testing.ts';
import { issueSessionCertificates } from './issueCertificates.ts';

type Credential = Record<string, unknown> & {
  proof: unknown;
  credentialSubject: { achievement: Record<string, unknown> & { achievementType: string } };
};

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
const issued: Record<'certificate' | 'domains' | 'blocs', Credential> = {} as never;

beforeAll(async () => {
  t = await createDemoTestApp({ CERTEVAL_SECRET: TEST_SECRET });
  const { sessionId } = await signedJurySession(t.ctx, [
    { decision: awardedDecision(), birthName: 'Aubertin', firstNames: ['Noé'] },
    { decision: partialDecision(), birthName: 'Lagarde', firstNames: ['Sixtine'] },
    { decision: vaeDecision({ R: 80, PO: 72, OT: 60 }), birthName: 'Perrot', firstNames: ['Ilan'] },
  ]);
  const actor = await actorForEmail(t.ctx, 'certificateur@demo.certeval.example');
  const result = await issueSessionCertificates(t.ctx, actor, sessionId);
  const ids = result.issued.map((one) => one.id);
  const rows = await t.ctx.database.db
    .select({ credential: certificates.credential })
    .from(certificates)
    .where(inArray(certificates.id, ids));
  const credentials = rows.map((row) => row.credential as Credential);
  const named = (name: string) => {
    const found = credentials.find((c) => JSON.stringify(c.credentialSubject).includes(name));
    if (!found) throw new Error(`no credential for ${name}`);
    return found;
  };
  issued.certificate = named('Aubertin');
  issued.domains = named('Lagarde');
  issued.blocs = named('Perrot');
}, 120_000);
afterAll(() => t.close());

describe('every credential the product issues', () => {
  it('is a certificate, an attestation of domains and one of blocs', () => {
    expect(issued.certificate.credentialSubject.achievement.achievementType).toBe('Certification');
    expect(JSON.stringify(issued.domains.credentialSubject)).toContain('Domaine ');
    expect(JSON.stringify(issued.blocs.credentialSubject)).toContain('Bloc ');
  });

  it.each(['certificate', 'domains', 'blocs'] as const)(
    '%s conforms to the 1EdTech OB 3.0 JSON schema, its proof an array',
    (kind) => {
      expect(Array.isArray(issued[kind].proof)).toBe(true);
      expect(ob30CredentialProblems(issued[kind])).toEqual([]);
    },
  );

  it.each(['certificate', 'domains', 'blocs'] as const)(
    '%s verifies with @digitalbazaar/vc',
    async (kind) => {
      expect(await independentlyVerified(t.app, issued[kind])).toBe(true);
    },
  );

  it('would fail the schema with its proof as a single object', () => {
    const single = { ...issued.certificate, proof: (issued.certificate.proof as unknown[])[0] };
    expect(ob30CredentialProblems(single)).toContainEqual({
      path: '/proof',
      message: 'must be array',
    });
  });
});
