import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importInstrument } from '@certeval/server/instruments/service';
import { createDemoTestApp } from '@certeval/server/test/harness';
import { signInCookie } from '@certeval/server/test/sessions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './runCli.testing.ts';

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
const data = path.join(import.meta.dirname, '../../../data');
const sampleFile = path.join(data, 'examples/evaluation-record-cqp-agc.json');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'certeval-cli-deliberate-'));

beforeAll(async () => {
  t = await createDemoTestApp();
  const grid = fs.readFileSync(path.join(data, 'examples/cqp-agc-tutor-grid-trois-vallees.json'));
  await importInstrument(t.ctx, JSON.parse(grid.toString()), { actorId: null });
});
afterAll(async () => {
  await t.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

const cli = (argv: string[], stdin = '') => runCli(t.ctx, argv, stdin);

describe('certeval deliberate', () => {
  it('decides the sample record exactly as the API does', async () => {
    const result = await cli(['deliberate', sampleFile, '--format', 'json']);
    expect(result.code, result.err).toBe(0);
    const jury = await signInCookie(t.app, 'jury@demo.certeval.example');
    const api = await t.app.inject({
      method: 'POST',
      url: '/api/deliberations/preview',
      headers: { cookie: jury, 'content-type': 'application/json' },
      payload: fs.readFileSync(sampleFile, 'utf8'),
    });
    expect(JSON.parse(result.out)).toEqual(api.json());
    expect(api.json().overall.summary.fr).toBe('CQP non attribué');
  });

  it('prints the synthesis grid, the decisions and the explanation in French then English', async () => {
    const result = await cli(['deliberate', sampleFile]);
    expect(result.code).toBe(0);
    const lines = result.out.split('\n');
    expect(lines.slice(0, 9)).toEqual([
      'Grille de synthèse / Synthesis grid (cqp-agc-rules 1, référentiel 1)',
      '                       R        PO       OT',
      '  tuteur / tutor       80       75       85',
      '  formateur / trainer  86,11    76,19    94,44',
      '  jury                 75       70       45',
      '  moyenne / mean       80,37    73,73    74,81',
      '  R : Relation client / Argumentation',
      '  PO : Produits / Offres commerciales',
      '  OT : Outil / Organisation du travail',
    ]);
    const ot = 'Outil / Organisation du travail (OT)';
    expect(lines).toContain(`  ${ot} non validé / ${ot} not validated`);
    expect(lines).toContain('  CQP non attribué / CQP not awarded');
    const fr = lines.indexOf(`  ${ot} non validé : jury 45 % < 50 % minimum`);
    const en = lines.indexOf(`  ${ot} not validated: jury 45% < 50% minimum`);
    expect(fr).toBeGreaterThan(lines.indexOf('Explication'));
    expect(en).toBeGreaterThan(lines.indexOf('Explanation'));
    expect(en).toBeGreaterThan(fr);
  });

  it('decides by the rule set given with --rules', async () => {
    const rules = fs
      .readFileSync(path.join(data, 'rules/cqp-agc.yaml'), 'utf8')
      .replace('comparison: gte\n    threshold: 50', 'comparison: gte\n    threshold: 40');
    const file = path.join(tmp, 'rules-40.yaml');
    fs.writeFileSync(file, rules);
    const result = await cli(['deliberate', sampleFile, '--rules', file]);
    expect(result.code).toBe(0);
    expect(result.out).toContain(
      '  Outil / Organisation du travail (OT) : jury 45 % ≥ 40 % minimum',
    );
    expect(result.out).toContain('  CQP attribué / CQP awarded');
  });

  it('refuses a rule set given with --rules that decides another route than the candidate’s', async () => {
    const record = JSON.parse(fs.readFileSync(sampleFile, 'utf8'));
    record.candidate.accessRoute = 'vae';
    const result = await cli(
      ['deliberate', '-', '--rules', path.join(data, 'rules/cqp-agc.yaml')],
      JSON.stringify(record),
    );
    expect(result.code).toBe(1);
    expect(result.err).toContain(
      '$.candidate.accessRoute: Le jeu de règles cqp-agc-rules décide l’accès par la formation, pas par la VAE.',
    );
  });

  it('exits 3 on a valid record whose evidence does not suffice, with its reasons', async () => {
    const record = JSON.parse(fs.readFileSync(sampleFile, 'utf8'));
    // The tutor's lines counted in PO (M1A1, M1A2, M2A6, M3A3) marked « non évalué »: the
    // final grid is complete, and PO has no tutor result.
    const po = ['M1A1', 'M1A2', 'M2A6', 'M3A3'];
    record.evaluations[1].items = record.evaluations[1].items.map((result: { item: string }) =>
      po.includes(result.item)
        ? { item: result.item, notEvaluated: { reason: 'Poste sans commande directe.' } }
        : result,
    );
    const result = await cli(['deliberate', '-'], JSON.stringify(record));
    expect(result.code).toBe(3);
    expect(result.out).toContain('Indécidable / Undecidable (cqp-agc-rules 1)');
    expect(result.out).toContain(
      'tuteur, Produits / Offres commerciales (PO) : aucun élément évalué ni pourcentage pour ce domaine / tutor, Produits / Offres commerciales (PO): no item evaluated and no percentage for this domain',
    );
    expect(result.err).toContain('Nothing was decided');
  });

  it('exits 1, the invalid-input code, on an agreed percentage for an unknown domain, with its path', async () => {
    const record = JSON.parse(fs.readFileSync(sampleFile, 'utf8'));
    const president = record.evaluations.findIndex(
      (e: { evaluator: { role: string } }) => e.evaluator.role === 'jury_president',
    );
    record.evaluations[president].agreed.RX = 80;
    const result = await cli(['deliberate', '-'], JSON.stringify(record));
    expect(result.code).toBe(1);
    expect(result.out).toBe('');
    expect(result.err).toContain(
      `$.evaluations[${president}].agreed.RX: Domaine ou bloc inconnu du référentiel : RX.`,
    );
  });

  it('exits 1 on a final tutor grid missing mission M3, naming the mission', async () => {
    const record = JSON.parse(fs.readFileSync(sampleFile, 'utf8'));
    record.evaluations[1].items = record.evaluations[1].items.filter(
      (result: { item: string }) => !result.item.startsWith('M3'),
    );
    const result = await cli(['deliberate', '-'], JSON.stringify(record));
    expect(result.code).toBe(1);
    expect(result.err).toContain(
      '$.evaluations[1].items: M3 « Intervenir auprès du client pour anticiper un défaut de livraison » : aucun de ses 8 éléments n’a de résultat',
    );
    // The savoir-faire the tutor's grid then measures nowhere else, RSF8's own line included.
    expect(result.err).toContain(
      'Savoir-faire alors sans mesure dans cette évaluation : RSF3, RSF7, RSF8, POSF6.',
    );
  });

  it('exits 1 on an invalid record, printing every located problem', async () => {
    const record = JSON.parse(fs.readFileSync(sampleFile, 'utf8'));
    record.evaluations[1].items[0].item = 'M9A9';
    record.evaluations[1].items[1].percentage = 120;
    const result = await cli(['deliberate', '-'], JSON.stringify(record));
    expect(result.code).toBe(1);
    expect(result.err).toContain('$.evaluations[1].items[1].percentage: Score 120 hors de 0-100.');
    expect(result.err).toContain("$.evaluations[1].items[0].item: Élément inconnu de l'instrument");
  });
});
