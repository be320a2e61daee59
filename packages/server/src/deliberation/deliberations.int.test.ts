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
      'R : moyenne (tuteur, formateur, jury) 80,37 % > 70 %',
      'R : tuteur 80 % ≥ 50 % minimum',
      'R : formateur 86,11 % ≥ 50 % minimum',
      'R : jury 75 % ≥ 50 % minimum',
    ]);
    expect(lines).toContain('OT : moyenne (tuteur, formateur, jury) 74,81 % > 70 %');
    expect(lines).toContain('OT non validé : jury 45 % < 50 % minimum');
    expect(lines.slice(-3)).toEqual([
      'OT non validé',
      'CQP non attribué : OT non validé',
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
    ]);
  });

  it('answers undecidable, with reasons, when the tutor gave no result counted in PO', async () => {
    const record = sample();
    const po = ['M1A1', 'M1A2', 'M2A6', 'M3A3']; // the adapted grid's lines counted in PO
    for (const evaluation of record.evaluations)
      if (evaluation.evaluator.role === 'tutor')
        evaluation.items = evaluation.items.filter(
          (result: { item: string }) => !po.includes(result.item),
        );
    const body = (await preview(record, jury)).json();
    expect(body.status).toBe('undecidable');
    expect(body.reasons[0].message.fr).toBe(
      'tutor, PO : aucun élément évalué ni pourcentage pour ce domaine',
    );
  });
});
