// The document of a VAE candidate whose blocs are validated on their own (data/rules/
// cqp-agc-vae.yaml, `blocs`: Certeval's reading, awaiting the certifier's confirmation): the
// demo's VAE candidate, Camille Vasseur, files her booklet and is decided through the jury's
// API with OT not validated — bloc n°3 of fiche RNCP 28795 acquired, its savoir-faire all in
// PO — the president signs, the certifier issues the session, and the attestation speaks of
// blocs on paper, in its credential and on its public page.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../demo/seedDemo.ts';
import {
  agreedDeliberation,
  appreciateBooklet,
  type Journey,
  journey,
  readyVaeCandidate,
} from '../jury/juryJourney.testing.ts';
import { juryCandidates } from '../platform/db/schema.ts';
import { readPdfText } from '../platform/pdf/pdfText.ts';
import { createDemoTestApp } from '../test/harness.ts';
import { actorForEmail } from '../test/sessions.ts';
import { TEST_SECRET } from './certificates.testing.ts';
import { issueSessionCertificates } from './issueCertificates.ts';

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let j: Journey;
let seatId: string;
let issued: Awaited<ReturnType<typeof issueSessionCertificates>>;

const BLOC3 =
  'Proposer des solutions adaptées aux besoins du client au regard de l’offre et de la politique commerciale de l’entreprise';

beforeAll(async () => {
  t = await createDemoTestApp({ CERTEVAL_SECRET: TEST_SECRET });
  j = await journey(t);
  const candidateId = await readyVaeCandidate(j, t.app);
  const agreed = await agreedDeliberation(
    j,
    candidateId,
    {
      percentages: { R: 80, PO: 72, OT: 60 },
      comment: 'Expérience solide ; organisation du travail à consolider.',
    },
    () => appreciateBooklet(j, candidateId),
  );
  seatId = agreed.seatId;
  const signed = await j.call('POST', `/api/jury/candidates/${seatId}/sign`, 'president', {
    password: DEMO_PASSWORD,
    revision: agreed.deliberation.revision,
  });
  if (signed.statusCode !== 200) throw new Error(signed.body);
  const actor = await actorForEmail(t.ctx, 'certificateur@demo.certeval.example');
  issued = await issueSessionCertificates(t.ctx, actor, agreed.sessionId);
}, 120_000);
afterAll(() => t.close());

const document = () => {
  const [one] = issued.issued;
  if (!one) throw new Error('nothing issued');
  return one;
};

describe('a VAE decision that validates a bloc on its own, signed and issued', () => {
  it('stores the blocs with the signed decision', async () => {
    const [row] = await t.ctx.database.db
      .select({ decision: juryCandidates.decision })
      .from(juryCandidates)
      .where(eq(juryCandidates.id, seatId));
    const decision = row?.decision as { blocs?: Array<{ bloc: string; acquired: boolean }> };
    expect(decision.blocs?.map((b) => [b.bloc, b.acquired])).toEqual([
      ['RNCP28795BC01', false],
      ['RNCP28795BC02', false],
      ['RNCP28795BC03', true],
    ]);
  });

  it('gives an attestation of the acquired bloc, not of the validated domains', async () => {
    expect(issued.skipped).toEqual([]);
    expect(document().kind).toBe('attestation');
    const mine = (await j.call('GET', '/api/certificates/mine', 'vae')).json();
    expect(mine.map((d: { number: string; unitKind: string }) => [d.number, d.unitKind])).toEqual([
      [document().number, 'bloc'],
    ]);
    const page = (
      await t.app.inject({ method: 'GET', url: `/api/public/certificates/${document().number}` })
    ).json();
    expect(page).toMatchObject({ status: 'valid', holder: { name: 'Camille Vasseur' } });
    expect(page.unitKind).toBe('bloc');
    expect(page.units).toEqual([{ code: 'RNCP28795BC03', label: BLOC3 }]);
  });

  it('prints the bloc on the PDF, without the domains', async () => {
    const response = await j.call('GET', `/api/certificates/${document().id}/pdf`, 'certifier');
    expect(response.statusCode).toBe(200);
    const [page] = (await readPdfText(response.rawPayload)).pages;
    expect(page).toContain('ATTESTATION DE BLOCS DE COMPÉTENCES');
    expect(page).toContain('Camille Vasseur');
    expect(page).toContain('les blocs de compétences suivants :');
    expect(page).toContain('Blocs de compétences acquis :');
    expect(page).toContain(`RNCP28795BC03 — ${BLOC3} (validité sans limite de durée)`);
    expect(page).not.toContain('RNCP28795BC01');
    expect(page).not.toContain('R — Relation client');
    expect(page).not.toContain('PO — Produits');
  });

  it('names the bloc in the credential, aligned to its CASE item, with no percentage', async () => {
    const credential = (
      await j.call('GET', `/api/certificates/${document().id}/credential`, 'certifier')
    ).json();
    const achievement = credential.credentialSubject.achievement;
    const bloc = achievement.resultDescription.find(
      (d: { name: string }) => d.name === `Bloc RNCP28795BC03 — ${BLOC3}`,
    );
    expect(bloc).toMatchObject({ resultType: 'Status' });
    expect(bloc.alignment[0].targetName).toMatch(/^RNCP28795BC03 — /);
    expect(achievement.criteria.narrative).toContain('Blocs de compétences acquis');
  });

  it('counts the bloc in the certifier’s pass rates, with no spread of percentages', async () => {
    const stats = (await j.call('GET', '/api/statistics/certificates', 'certifier')).json();
    const rate = (unit: string) =>
      stats.passRates.find((r: { unit: string }) => r.unit === unit) as
        | { decided: number; passed: number }
        | undefined;
    expect(rate('RNCP28795BC03')).toMatchObject({ decided: 1, passed: 1 });
    expect(rate('RNCP28795BC01')).toMatchObject({ decided: 1, passed: 0 });
    expect(rate('PO')).toMatchObject({ decided: 1, passed: 1 });
    const spread = stats.distribution.map((d: { unit: string }) => d.unit);
    expect(spread).toContain('PO');
    expect(spread).not.toContain('RNCP28795BC03');
  });
});
