// The CLI decides a candidate's record exactly as the web app's jury did (issue 6, "Done
// when"): the president records the agreement through the API, the candidate's record is
// exported through GET /api/candidates/:id/dossier, and `certeval deliberate` on that file
// gives the same synthesis grid, decision and explanation as the jury's deliberation.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { getInstrument } from '@certeval/server/instruments/service';
import {
  agreedDeliberation,
  allItems,
  journey,
  readyDemoCandidate,
  readyVaeCandidate,
  recordEvaluation,
} from '@certeval/server/jury/juryJourney.testing';
import { createDemoTestApp } from '@certeval/server/test/harness';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './runCli.testing.ts';

let t: Awaited<ReturnType<typeof createDemoTestApp>>;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'certeval-cli-jury-'));

beforeAll(async () => {
  t = await createDemoTestApp();
}, 120_000);
afterAll(async () => {
  await t.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

describe('certeval deliberate on a record the jury decided in the web app', () => {
  it('gives the jury’s grid, decision and explanation', async () => {
    const j = await journey(t);
    const candidateId = await readyDemoCandidate(j);
    const { deliberation } = await agreedDeliberation(j, candidateId, {
      percentages: { R: 80, PO: 70, OT: 45 },
      comment: 'Relation client solide ; organisation du travail insuffisante.',
    });
    expect(deliberation.status).toBe('decided');
    const web = deliberation.decision;
    expect(web.overall.summary.fr).toBe('CQP non attribué');

    const record = await j.call('GET', `/api/candidates/${candidateId}/dossier`, 'certifier');
    expect(record.statusCode).toBe(200);
    const file = path.join(tmp, 'moreau.json');
    fs.writeFileSync(file, record.body);
    const cli = await runCli(t.ctx, ['deliberate', file, '--format', 'json']);
    const decided = JSON.parse(cli.out);
    expect(decided.status).toBe('decided');
    expect(decided.grid).toEqual(web.grid);
    expect(decided.units).toEqual(web.units);
    expect(decided.overall).toEqual(web.overall);
    expect(decided.explanation).toEqual(web.explanation);
    expect(decided.ruleSet).toEqual(web.ruleSet);
    expect(cli.code).toBe(0);
    const text = await runCli(t.ctx, ['deliberate', file]);
    expect(text.out).toContain(
      '  Outil / Organisation du travail (OT) non validé : jury 45 % < 50 % minimum',
    );
    // The training rule set validates no bloc on its own: no blocs section.
    expect(decided.blocs).toBeUndefined();
    expect(text.out).not.toContain('Blocs de compétences');
  });

  it('decides a VAE candidate by the VAE rule set, as the jury did, the booklet’s appreciation included', async () => {
    const j = await journey(t);
    const candidateId = await readyVaeCandidate(j, t.app);
    const booklet = (await getInstrument(t.ctx, 'cqp-agc-vae-booklet', '1')).instrument;
    const { deliberation } = await agreedDeliberation(
      j,
      candidateId,
      { percentages: { R: 80, PO: 72, OT: 71 }, comment: 'Expérience solide et bien décrite.' },
      async () => {
        // A member appreciates the booklet at the interview: it weighs on the savoir-faire.
        const key = { key: 'cqp-agc-vae-booklet', kind: 'final' };
        await recordEvaluation(j, 'opca', candidateId, key, allItems(booklet, 30));
      },
    );
    const web = deliberation.decision;
    expect(web.ruleSet.id).toBe('cqp-agc-vae-rules');
    expect(web.overall.summary.fr).toBe('CQP attribué');
    const record = await j.call('GET', `/api/candidates/${candidateId}/dossier`, 'certifier');
    const file = path.join(tmp, 'vasseur.json');
    fs.writeFileSync(file, record.body);
    const cli = await runCli(t.ctx, ['deliberate', file, '--format', 'json']);
    expect(cli.code, cli.err).toBe(0);
    const decided = JSON.parse(cli.out);
    const keys = [
      'ruleSet',
      'grid',
      'units',
      'blocs',
      'overall',
      'explanation',
      'competenceScores',
    ];
    for (const key of keys) expect(decided[key], key).toEqual(web[key]);
    // Every domain validated: the three blocs of fiche RNCP 28795 acquired, as the jury saw.
    expect(web.blocs.map((b: { acquired: boolean }) => b.acquired)).toEqual([true, true, true]);
    expect(web.counted.map((c: { instrument: string }) => c.instrument)).toContain(
      'cqp-agc-vae-booklet',
    );
    const text = await runCli(t.ctx, ['deliberate', file]);
    expect(text.out).toContain(
      'Grille de synthèse / Synthesis grid (cqp-agc-vae-rules 1, référentiel 1)',
    );
    expect(text.out).toContain(
      'Blocs de compétences / Skills blocs\n  RNCP28795BC01 · Organiser son activité commerciale',
    );
    expect(text.out).toContain(
      "    Bloc de compétences RNCP28795BC03 acquis : chacun de ses savoir-faire relève d'un domaine validé : Produits / Offres commerciales (PO)\n" +
        '    Skills bloc RNCP28795BC03 acquired: every know-how of the bloc belongs to a validated domain: Produits / Offres commerciales (PO)',
    );
  });
});
