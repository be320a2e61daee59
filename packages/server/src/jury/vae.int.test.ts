// The VAE route of the CQP AGC (issue 6, item 5; seed 001: "un livret descriptif d'activité
// rempli par le candidat … et une présentation orale, suivie d'un entretien avec les membres
// du jury"): the shipped demo booklet, appreciated by each jury member at the interview,
// with the interview on the jury guide and the president's agreement, all counting as the
// jury's evidence — decided by the same engine. The CQP AGC rule (seed 000, slide 19) asks
// for the tutor's and the trainer's results too, which a VAE candidate does not have: the
// engine names what is missing and decides nothing rather than guess a VAE rule the seeds
// do not give.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getInstrument } from '../instruments/service.ts';
import { createDemoTestApp } from '../test/harness.ts';
import { signInCookie } from '../test/sessions.ts';
import { observations, PEOPLE, today } from './juryJourney.testing.ts';

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let cookie: string;

beforeAll(async () => {
  t = await createDemoTestApp();
  cookie = await signInCookie(t.app, PEOPLE.president);
}, 120_000);
afterAll(() => t.close());

const member = (name: string) => ({ name, role: 'jury_member' as const });

async function vaeRecord() {
  const { instrument } = await getInstrument(t.ctx, 'cqp-agc-vae-booklet', '1');
  const booklet = instrument.sections.flatMap((s) =>
    s.items.map((i) => ({ item: i.id, percentage: 70 })),
  );
  const ref = (id: string) => ({ id, version: '1' });
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
        agreed: { R: 75, PO: 70, OT: 70 },
        comment: 'Expérience solide et bien décrite.',
      },
    ],
  };
}

describe('the VAE route', () => {
  it('ships the descriptive activity booklet: one section per mission, every domain covered', async () => {
    const { instrument } = await getInstrument(t.ctx, 'cqp-agc-vae-booklet', '1');
    expect(instrument.kind).toBe('vae_booklet');
    expect(instrument.sections.map((s) => s.id)).toEqual(['M1', 'M2', 'M3', 'M4', 'M5']);
    const domains = new Set(instrument.sections.flatMap((s) => s.items.map((i) => i.domain)));
    expect([...domains].sort()).toEqual(['OT', 'PO', 'R']);
  });

  it('counts the booklet and the interview as the jury’s evidence, and names what the CQP rule still lacks', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/deliberations/preview',
      headers: { cookie },
      payload: await vaeRecord(),
    });
    expect(response.statusCode, response.body).toBe(200);
    const decision = response.json();
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
    expect(decision.status).toBe('undecidable');
    const missing = decision.reasons.map((r: { code: string; at: { instrument?: string } }) => [
      r.code,
      r.at.instrument,
    ]);
    expect(missing).toContainEqual(['missing_instrument', 'tutor']);
    expect(missing).toContainEqual(['missing_instrument', 'trainer']);
    expect(missing.filter(([, instrument]: [string, string]) => instrument === 'jury')).toEqual([]);
  });
});
