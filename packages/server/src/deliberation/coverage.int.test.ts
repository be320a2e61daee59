// The coverage view (issue 17): for RSF8, which items it is measured by under the CQP AGC rule
// set — for the certification's instruments, and for a candidate before the jury, with values
// and the gaps (lines marked « non évalué », what stands in the way of a decision).
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importDossier } from '../evaluations/dossier.ts';
import { importInstrument } from '../instruments/service.ts';
import { createDemoTestApp } from '../test/harness.ts';
import { signInCookie } from '../test/sessions.ts';

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let cookies: Record<'pilot' | 'certifier' | 'tutor', string>;
let candidateId: string;
const data = path.join(import.meta.dirname, '../../../../data/examples');
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(data, file), 'utf8'));

beforeAll(async () => {
  t = await createDemoTestApp();
  cookies = {
    pilot: await signInCookie(t.app, 'pilote@demo.certeval.example'),
    certifier: await signInCookie(t.app, 'certificateur@demo.certeval.example'),
    tutor: await signInCookie(t.app, 'tuteur@demo.certeval.example'),
  };
  await importInstrument(t.ctx, read('cqp-agc-tutor-grid-trois-vallees.json'), { actorId: null });
  const [lucas] = (
    await t.app.inject({
      method: 'GET',
      url: '/api/candidates',
      headers: { cookie: cookies.pilot },
    })
  ).json().items;
  const record = read('evaluation-record-cqp-agc.json');
  // The company's tutor marks mission M3 « non évalué », RSF8's own line included.
  const tutor = record.evaluations[1];
  tutor.items = tutor.items.map((r: { item: string }) =>
    r.item.startsWith('M3')
      ? { item: r.item, notEvaluated: { reason: 'Aucun défaut de livraison sur la période.' } }
      : r,
  );
  const imported = await importDossier(t.ctx, {
    projectId: lucas.projectId,
    record,
    actorId: null,
  });
  candidateId = imported.candidateId;
});
afterAll(() => t.close());

const get = (url: string, who: keyof typeof cookies) =>
  t.app.inject({ method: 'GET', url, headers: { cookie: cookies[who] } });

describe('the coverage of the CQP AGC’s instruments', () => {
  it('states the rule set’s measure with its quote, and the items RSF8 is measured by', async () => {
    const view = (await get('/api/certifications/cqp-agc/versions/1/coverage', 'certifier')).json();
    expect(view.measure.by).toBe('own_domain_items');
    expect(view.measure.citation.quote).toContain(
      'Et chaque savoir-faire est maîtrisé au minimum à 30.',
    );
    const rsf8 = view.rows.find((row: { competence: string }) => row.competence === 'RSF8');
    const items = rsf8.measuredBy.map(
      (m: { instrument: string; item: string }) => `${m.instrument} ${m.item}`,
    );
    expect(items).toContain('cqp-agc-tutor-grid M3A1');
    expect(items).toContain('cqp-agc-jury-guide R.1');
    // M3A5 « Assurer la livraison… » counts in OT on the national grid: it does not measure RSF8.
    expect(items).not.toContain('cqp-agc-tutor-grid M3A5');
  });
});

describe('a candidate’s gaps before the jury', () => {
  it('lists the lines marked « non évalué », what RSF8 is still measured by, and the savoir-faire left unmeasured', async () => {
    const response = await get(`/api/candidates/${candidateId}/coverage`, 'pilot');
    expect(response.statusCode, response.body).toBe(200);
    const gaps = response.json();
    expect(gaps.ruleSet.id).toBe('cqp-agc-rules');
    expect(gaps.notEvaluated).toHaveLength(8);
    expect(gaps.notEvaluated[0]).toMatchObject({
      item: 'M3A1',
      reason: 'Aucun défaut de livraison sur la période.',
    });
    const rsf8 = gaps.knowHow.find((k: { competence: string }) => k.competence === 'RSF8');
    expect(
      rsf8.measuredBy.map((m: { item: string; values: number[] }) => [m.item, m.values]),
    ).toEqual([['R.1', [70, 70]]]);
    // POSF6 « Estimer le montant de pénalités de retard… » was measured by M3A3 alone: a gap
    // the jury would meet, shown before it sits.
    expect(gaps.status).toBe('undecidable');
    expect(gaps.problems).toEqual([
      expect.objectContaining({
        code: 'competence_not_evaluated',
        message: expect.objectContaining({
          fr: expect.stringContaining('POSF6 « Estimer le montant'),
        }),
      }),
    ]);
  });

  it('is the certifier’s and the pilot’s, not the tutor’s', async () => {
    expect((await get(`/api/candidates/${candidateId}/coverage`, 'certifier')).statusCode).toBe(
      200,
    );
    expect((await get(`/api/candidates/${candidateId}/coverage`, 'tutor')).statusCode).toBe(403);
  });
});
