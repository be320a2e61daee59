// The certificates of a session signed through the jury's own API (not written into its
// tables): the demo candidate is evaluated, deliberated and signed for by the president, then
// the certifier issues the session and the holder finds the document on their page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../demo/seedDemo.ts';
import {
  agreedDeliberation,
  type Journey,
  journey,
  readyDemoCandidate,
} from '../jury/juryJourney.testing.ts';
import { createDemoTestApp } from '../test/harness.ts';
import { actorForEmail, signInCookie } from '../test/sessions.ts';
import { TEST_SECRET } from './certificates.testing.ts';
import { issueSessionCertificates } from './issueCertificates.ts';

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let j: Journey;
let sessionId: string;

beforeAll(async () => {
  t = await createDemoTestApp({ CERTEVAL_SECRET: TEST_SECRET });
  j = await journey(t);
  const candidateId = await readyDemoCandidate(j);
  const agreed = await agreedDeliberation(j, candidateId, {
    percentages: { R: 80, PO: 70, OT: 70 },
    comment: 'Candidat à l’aise avec les outils de la biscuiterie ; argumentation structurée.',
  });
  sessionId = agreed.sessionId;
  const signed = await j.call('POST', `/api/jury/candidates/${agreed.seatId}/sign`, 'president', {
    password: DEMO_PASSWORD,
    revision: agreed.deliberation.revision,
  });
  if (signed.statusCode !== 200) throw new Error(signed.body);
});
afterAll(() => t.close());

describe('a session signed through the jury’s API', () => {
  it('is listed to issue, and issues the document its decision gives', async () => {
    const sessions = (await j.call('GET', '/api/certificates/sessions', 'certifier')).json();
    expect(sessions).toEqual([
      expect.objectContaining({ id: sessionId, certification: 'cqp-agc', signed: 1, issued: 0 }),
    ]);
    const actor = await actorForEmail(t.ctx, 'certificateur@demo.certeval.example');
    const result = await issueSessionCertificates(t.ctx, actor, sessionId);
    expect(result.skipped).toEqual([]);
    expect(result.issued).toHaveLength(1);
    expect(result.issued[0]?.kind).toBe('certificate');
  });

  it('shows the holder their certificate, valid on its public page', async () => {
    const holder = await signInCookie(t.app, 'candidat@demo.certeval.example');
    const mine = (
      await t.app.inject({
        method: 'GET',
        url: '/api/certificates/mine',
        headers: { cookie: holder },
      })
    ).json();
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ holderName: 'Lucas Moreau', kind: 'certificate' });
    const page = (
      await t.app.inject({ method: 'GET', url: `/api/public/certificates/${mine[0].number}` })
    ).json();
    expect(page).toMatchObject({ status: 'valid', holder: { name: 'Lucas Moreau' } });
  });
});
