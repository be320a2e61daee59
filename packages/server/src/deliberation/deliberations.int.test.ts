import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDemoTestApp } from '../test/harness.ts';
import { signInCookie } from '../test/sessions.ts';

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
let jury: string;
let certifier: string;

const examples = path.join(import.meta.dirname, '../../../../data/examples');
const example = (name: string) => fs.readFileSync(path.join(examples, name), 'utf8');
const sample = () => JSON.parse(example('evaluation-record-cqp-agc.json'));

beforeAll(async () => {
  t = await createDemoTestApp();
  jury = await signInCookie(t.app, 'jury@demo.certeval.example');
  certifier = await signInCookie(t.app, 'certificateur@demo.certeval.example');
  // The sample is recorded on the tutor grid as the (fictional) company adapted it.
  const imported = await t.app.inject({
    method: 'POST',
    url: '/api/instruments/import',
    headers: { cookie: certifier, 'content-type': 'application/json' },
    payload: example('cqp-agc-tutor-grid-trois-vallees.json'),
  });
  expect(imported.statusCode, imported.body).toBe(200);
});
afterAll(() => t.close());

const preview = (payload: object, cookie: string) =>
  t.app.inject({ method: 'POST', url: '/api/deliberations/preview', headers: { cookie }, payload });

describe('POST /api/deliberations/preview', () => {
  it('decides the sample record: OT fails on the jury’s 45 %, the CQP is not awarded', async () => {
    const response = await preview(sample(), jury);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.status).toBe('decided');
    expect(body.ruleSet).toEqual({ id: 'cqp-agc-rules', certification: 'cqp-agc', version: '1' });
    const lines = body.explanation.map((line: { fr: string; en: string }) => line.fr);
    expect(lines.slice(0, 4)).toEqual([
      'Relation client / Argumentation (R) : moyenne (tuteur, formateur, jury) 80,37 % > 70 %',
      'Relation client / Argumentation (R) : tuteur 80 % ≥ 50 % minimum',
      'Relation client / Argumentation (R) : formateur 86,11 % ≥ 50 % minimum',
      'Relation client / Argumentation (R) : jury 75 % ≥ 50 % minimum',
    ]);
    expect(lines).toContain(
      'Outil / Organisation du travail (OT) : moyenne (tuteur, formateur, jury) 74,81 % > 70 %',
    );
    expect(lines).toContain(
      'Outil / Organisation du travail (OT) non validé : jury 45 % < 50 % minimum',
    );
    expect(lines.slice(-3)).toEqual([
      'Outil / Organisation du travail (OT) non validé',
      'CQP non attribué : Outil / Organisation du travail (OT) non validé',
      'CQP non attribué',
    ]);
    expect(body.explanation.at(-1).en).toBe('CQP not awarded');
    expect(body.grid.rows[2]).toEqual([75, 70, 45]);
  });

  it('is refused to a tutor', async () => {
    const tutor = await signInCookie(t.app, 'tuteur@demo.certeval.example');
    const response = await preview(sample(), tutor);
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('forbidden');
  });

  it('refuses a record with an unknown item and a score of 120, locating both', async () => {
    const record = sample();
    record.evaluations[1].items[0].item = 'M9A9';
    record.evaluations[1].items[1].percentage = 120;
    const response = await preview(record, certifier);
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.code).toBe('validation_failed');
    expect(body.message.en).toContain('evaluation record is not valid');
    expect(body.problems).toEqual([
      {
        code: 'score_out_of_range',
        path: '$.evaluations[1].items[1].percentage',
        message: { fr: 'Score 120 hors de 0-100.', en: 'Score 120 outside 0-100.' },
      },
      {
        code: 'unknown_item',
        path: '$.evaluations[1].items[0].item',
        message: {
          fr: "Élément inconnu de l'instrument cqp-agc-tutor-grid-trois-vallees : M9A9.",
          en: 'Item unknown to instrument cqp-agc-tutor-grid-trois-vallees: M9A9.',
        },
      },
      {
        // M1A1 then has no result in the final tutor grid.
        code: 'incomplete_evaluation',
        path: '$.evaluations[1].items',
        message: {
          fr: expect.stringMatching(/^M1 « Collecter et organiser [^»]+» : sans résultat : M1A1 ;/),
          en: expect.stringMatching(/^M1 “Collecter et organiser [^”]+”: no result for M1A1;/),
        },
      },
    ]);
  });

  it('answers undecidable, with reasons, when the tutor marked every line counted in PO « non évalué »', async () => {
    const record = sample();
    const po = ['M1A1', 'M1A2', 'M2A6', 'M3A3']; // the adapted grid's lines counted in PO
    for (const evaluation of record.evaluations)
      if (evaluation.evaluator.role === 'tutor')
        evaluation.items = evaluation.items.map((result: { item: string }) =>
          po.includes(result.item)
            ? { item: result.item, notEvaluated: { reason: 'Pas de commande directe.' } }
            : result,
        );
    const body = (await preview(record, jury)).json();
    expect(body.status).toBe('undecidable');
    expect(body.reasons[0].message.fr).toBe(
      'tuteur, Produits / Offres commerciales (PO) : aucun élément évalué ni pourcentage pour ce domaine',
    );
  });

  it('refuses a final tutor grid that skips mission M3, naming it; accepts it marked « non évalué »', async () => {
    const record = sample();
    const tutor = record.evaluations[1];
    const m3 = tutor.items.filter((result: { item: string }) => result.item.startsWith('M3'));
    tutor.items = tutor.items.filter((result: { item: string }) => !result.item.startsWith('M3'));
    const refused = await preview(record, jury);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().problems).toEqual([
      expect.objectContaining({
        code: 'incomplete_evaluation',
        path: '$.evaluations[1].items',
        message: expect.objectContaining({
          fr: expect.stringContaining('M3 « Intervenir auprès du client'),
        }),
      }),
    ]);
    tutor.items.push(
      ...m3.map((result: { item: string }) => ({
        item: result.item,
        notEvaluated: { reason: 'Aucun défaut de livraison sur la période.' },
      })),
    );
    const accepted = await preview(record, jury);
    expect(accepted.statusCode).toBe(200);
  });

  it('refuses an agreed percentage for a domain the referential does not have, with its path', async () => {
    const record = sample();
    const president = record.evaluations.findIndex(
      (e: { evaluator: { role: string } }) => e.evaluator.role === 'jury_president',
    );
    record.evaluations[president].agreed.RX = 80;
    const response = await preview(record, jury);
    expect(response.statusCode).toBe(400);
    expect(response.json().problems.map((p: { path: string }) => p.path)).toEqual([
      `$.evaluations[${president}].agreed.RX`,
    ]);
  });

  it('refuses a percentage on a right-or-wrong question of the questionnaire', async () => {
    const record = sample();
    record.evaluations[2].items[0] = { item: 'q-rc1', percentage: 70 };
    const response = await preview(record, jury);
    expect(response.statusCode).toBe(400);
    expect(response.json().problems).toEqual([
      expect.objectContaining({ code: 'wrong_result_kind', path: '$.evaluations[2].items[0]' }),
    ]);
  });
});
