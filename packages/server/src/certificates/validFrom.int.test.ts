// A document is in force from the instant it is issued. Issued at 00:30 in Paris (23:30 UTC the
// day before), its validFrom was midnight UTC of the Paris day, half an hour ahead: every
// verifier, ours included, read it "not in force yet" until then.
import { awardedDecision } from '@certeval/core/certificates/certificates.testing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDemoTestApp } from '../test/harness.ts';
import { actorForEmail } from '../test/sessions.ts';
import { signedJurySession, TEST_SECRET } from './certificates.testing.ts';
import { issueSessionCertificates } from './issueCertificates.ts';
import * as store from './store.ts';

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
beforeAll(async () => {
  t = await createDemoTestApp({ CERTEVAL_SECRET: TEST_SECRET });
});
afterAll(() => t.close());

it('is in force from the instant it is issued, in the first hours of a Paris day too', async () => {
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  const instant = new Date(`${yesterday}T23:30:00Z`);
  const { sessionId } = await signedJurySession(t.ctx, [
    { decision: awardedDecision(), birthName: 'Vasseur', firstNames: ['Maël'] },
  ]);
  const actor = await actorForEmail(t.ctx, 'certificateur@demo.certeval.example');
  const at = { ...t.ctx, now: () => instant };
  const [issued] = (await issueSessionCertificates(at, actor, sessionId)).issued;
  const row = await store.certificateById(t.ctx.database.db, issued?.id ?? '');
  const credential = row?.credential as { validFrom: string };
  const data = row?.data as { issuedOn: string };
  // The certifier's day (Paris) is already the next one; the document is in force at once.
  expect(data.issuedOn).not.toBe(yesterday);
  expect(credential.validFrom).toBe(`${yesterday}T23:30:00Z`);
  expect(new Date(credential.validFrom).getTime()).toBeLessThanOrEqual(instant.getTime());
});
