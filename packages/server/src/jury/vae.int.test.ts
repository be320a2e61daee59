// The VAE route of the CQP AGC (issue 6, item 5; seed 001: "un livret descriptif d'activité
// rempli par le candidat … et une présentation orale, suivie d'un entretien avec les membres
// du jury"): the shipped demo booklet, appreciated by each jury member at the interview,
// with the interview on the jury guide and the president's agreement, all counting as the
// jury's evidence — decided by the same engine, under the VAE rule set
// (data/rules/cqp-agc-vae.yaml: Certeval's reading of slide 19 for a route whose only
// component is the jury, awaiting the certifier's confirmation), the blocs of fiche RNCP 28795
// validated on their own. A candidate on any other route is still decided by the training
// rule set, which asks for the tutor and the trainer.
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getInstrument } from '../instruments/service.ts';
import { juryCandidates } from '../platform/db/schema.ts';
import { createDemoTestApp } from '../test/harness.ts';
import {
  agreedDeliberation,
  appreciateBooklet,
  type Journey,
  journey,
  observations,
  readyVaeCandidate,
  today,
} from './juryJourney.testing.ts';

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let j: Journey;

beforeAll(async () => {
  t = await createDemoTestApp();
  j = await journey(t);
}, 120_000);
afterAll(() => t.close());

const member = (name: string) => ({ name, role: 'jury_member' as const });
const ref = (id: string) => ({ id, version: '1' });

async function vaeRecord(agreed: Record<string, number>) {
  const { instrument } = await getInstrument(t.ctx, 'cqp-agc-vae-booklet', '1');
  const booklet = instrument.sections.flatMap((s) =>
    s.items.map((i) => ({ item: i.id, percentage: 70 })),
  );
  return {
    format: 'certeval.evaluation-record',
    formatVersion: 1,
    candidate: {
      birthName: 'Carpentier',
      firstNames: ['Sylvie'],
      birthDate: '1981-10-05',
      birthPlace: 'Bourg-sur-Ardre (Marne)',
      accessRoute: 'vae',
    },
    certification: { id: 'cqp-agc', version: '1' },
    evaluations: [
      ...['Antoine Lebrun', 'Nadège Collin'].map((name) => ({
        instrument: ref('cqp-agc-vae-booklet'),
        kind: 'final',
        date: today(),
        evaluator: member(name),
        items: booklet,
      })),
      {
        instrument: ref('cqp-agc-jury-guide'),
        kind: 'final',
        date: today(),
        evaluator: member('Antoine Lebrun'),
        items: observations(70, 70, 70),
      },
      {
        instrument: ref('cqp-agc-jury-guide'),
        kind: 'final',
        date: today(),
        evaluator: { name: 'Isabelle Fournier', role: 'jury_president' },
        items: [],
        agreed,
        comment: 'Expérience solide et bien décrite.',
      },
    ],
  };
}

const preview = async (record: object) => {
  const response = await j.call('POST', '/api/deliberations/preview', 'president', record);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};
const lines = (decision: { explanation: Array<{ fr: string; en: string }> }, lang: 'fr' | 'en') =>
  decision.explanation.map((line) => line[lang]);
const blocs = (decision: { blocs?: Array<{ bloc: string; acquired: boolean }> }) =>
  decision.blocs?.map((b) => [b.bloc, b.acquired]);

describe('the VAE route', () => {
  it('ships the descriptive activity booklet: one section per mission, every domain covered', async () => {
    const { instrument } = await getInstrument(t.ctx, 'cqp-agc-vae-booklet', '1');
    expect(instrument.kind).toBe('vae_booklet');
    expect(instrument.sections.map((s) => s.id)).toEqual(['M1', 'M2', 'M3', 'M4', 'M5']);
    const domains = new Set(instrument.sections.flatMap((s) => s.items.map((i) => i.domain)));
    expect([...domains].sort()).toEqual(['OT', 'PO', 'R']);
  });

  it('decides a VAE record by the VAE rule set: the booklet and the interview as the jury’s evidence', async () => {
    const decision = await preview(await vaeRecord({ R: 75, PO: 70, OT: 70 }));
    expect(
      decision.counted.map((c: { instrument: string; countsAs: string }) => [
        c.instrument,
        c.countsAs,
      ]),
    ).toEqual([
      ['cqp-agc-vae-booklet', 'jury'],
      ['cqp-agc-vae-booklet', 'jury'],
      ['cqp-agc-jury-guide', 'jury'],
      ['cqp-agc-jury-guide', 'jury'],
    ]);
    expect(decision.status).toBe('decided');
    expect(decision.ruleSet).toEqual({
      id: 'cqp-agc-vae-rules',
      certification: 'cqp-agc',
      version: '1',
    });
    expect(decision.grid.instruments).toEqual(['jury']);
    // Every savoir-faire of slides 14-15 evaluated by the booklet or the interview, at 70.
    expect(Object.values(decision.competenceScores)).toEqual(new Array(26).fill(70));
    // The agreed 70 in PO and OT is not above 70 (supérieure à 70).
    expect(
      decision.units.map((u: { unit: string; passed: boolean }) => [u.unit, u.passed]),
    ).toEqual([
      ['R', true],
      ['PO', false],
      ['OT', false],
    ]);
    expect(lines(decision, 'fr')).toContain(
      'Relation client / Argumentation (R) : jury 75 % > 70 %',
    );
    expect(lines(decision, 'fr')).toContain(
      'Produits / Offres commerciales (PO) non validé : jury 70 % ≤ 70 % (doit dépasser 70 %)',
    );
    expect(lines(decision, 'en')).toContain(
      'Outil / Organisation du travail (OT) not validated: jury 70% ≤ 70% (must be above 70%)',
    );
    const rsf9 = lines(decision, 'fr').find((l) => l.includes('RSF9')) ?? '';
    expect(rsf9).toMatch(
      /^Relation client \/ Argumentation \(R\) : savoir-faire RSF9 « Anticiper [^»]+» 70 % ≥ 30 % minimum — mesuré par : jury /,
    );
    // The items that measured it, with their values: the booklet's questions and the guide's line.
    expect(rsf9).toContain('« Gestion de la relation client dans le cadre des délais » 70 %');
    expect(decision.overall.summary).toEqual({ fr: 'CQP non attribué', en: 'CQP not awarded' });
    // Partial validation by bloc (the rule set's blocs section): R alone validated acquires no
    // bloc of fiche RNCP 28795, bloc n°2 drawing on OT too (OTSF5).
    expect(blocs(decision)).toEqual([
      ['RNCP28795BC01', false],
      ['RNCP28795BC02', false],
      ['RNCP28795BC03', false],
    ]);
    expect(decision.blocs[1].competences).toContainEqual({
      competence: 'OTSF5',
      unit: 'OT',
      passed: false,
    });
    expect(lines(decision, 'en')).toContain(
      'Skills bloc RNCP28795BC02 not acquired: OTSF5 belongs to domain Outil / Organisation du travail (OT), not validated',
    );
  });

  it('awards the CQP on the VAE route when the jury’s result is above 70 in every domain', async () => {
    const decision = await preview(await vaeRecord({ R: 75, PO: 72, OT: 70.5 }));
    expect(decision.ruleSet.id).toBe('cqp-agc-vae-rules');
    expect(lines(decision, 'en')).toContain(
      'Outil / Organisation du travail (OT): jury 70.5% > 70%',
    );
    expect(decision.overall.summary).toEqual({ fr: 'CQP attribué', en: 'CQP awarded' });
    expect(blocs(decision)?.every(([, acquired]) => acquired)).toBe(true);
  });

  it('still decides any other route by the training rule set, which lacks the tutor and the trainer here', async () => {
    const record = await vaeRecord({ R: 75, PO: 72, OT: 71 });
    record.candidate.accessRoute = 'individual_application';
    const decision = await preview(record);
    expect(decision.ruleSet.id).toBe('cqp-agc-rules');
    expect(decision.status).toBe('undecidable');
    const missing = decision.reasons.map((r: { code: string; at: { instrument?: string } }) => [
      r.code,
      r.at.instrument,
    ]);
    expect(missing).toContainEqual(['missing_instrument', 'tutor']);
    expect(missing).toContainEqual(['missing_instrument', 'trainer']);
  });

  it('refuses a tutor’s evaluation in a VAE record: the VAE rule set counts no tutor', async () => {
    const record = await vaeRecord({ R: 75, PO: 72, OT: 71 });
    const tutor = {
      instrument: ref('cqp-agc-tutor-grid'),
      kind: 'final',
      date: today(),
      evaluator: { name: 'Paul Roussel', role: 'tutor' },
      items: [{ item: 'M1A1', percentage: 80 }],
    };
    const withTutor = { ...record, evaluations: [...record.evaluations, tutor] };
    const response = await j.call('POST', '/api/deliberations/preview', 'president', withTutor);
    expect(response.statusCode).toBe(400);
    expect(response.json().problems).toContainEqual(
      expect.objectContaining({ code: 'unmapped_instrument', path: '$.evaluations[4].instrument' }),
    );
  });

  it('decides a VAE candidate’s jury session by the VAE rule set, and stores its version', async () => {
    const candidateId = await readyVaeCandidate(j, t.app);
    const { seatId, deliberation } = await agreedDeliberation(
      j,
      candidateId,
      {
        percentages: { R: 80, PO: 72, OT: 60 },
        comment: 'Expérience solide ; organisation du travail à consolider.',
      },
      () => appreciateBooklet(j, candidateId),
    );
    const decision = deliberation.decision;
    expect(decision.status).toBe('decided');
    expect(decision.ruleSet).toEqual({
      id: 'cqp-agc-vae-rules',
      certification: 'cqp-agc',
      version: '1',
    });
    expect(decision.grid.instruments).toEqual(['jury']);
    expect(lines(decision, 'fr')).toContain(
      'Outil / Organisation du travail (OT) non validé : jury 60 % ≤ 70 % (doit dépasser 70 %)',
    );
    expect(decision.overall.summary.fr).toBe('CQP non attribué');
    // The blocs the candidate acquired all the same: bloc n°3, its savoir-faire all in PO.
    expect(blocs(decision)).toEqual([
      ['RNCP28795BC01', false],
      ['RNCP28795BC02', false],
      ['RNCP28795BC03', true],
    ]);
    expect(lines(decision, 'fr')).toContain(
      "Bloc de compétences RNCP28795BC03 acquis : chacun de ses savoir-faire relève d'un domaine validé : Produits / Offres commerciales (PO)",
    );
    const [row] = await t.ctx.database.db
      .select({ ruleSet: juryCandidates.ruleSet })
      .from(juryCandidates)
      .where(eq(juryCandidates.id, seatId));
    expect(row?.ruleSet).toBe('cqp-agc-vae-rules@1');
  });
});
