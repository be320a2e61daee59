// Test support, imported only by *.test.ts: the sample record of data/examples, the CQP AGC
// instruments it is recorded on, and the company-adapted tutor grid it needs.
import { readFileSync } from 'node:fs';
import { loadRuleSet } from '../deliberation/testSupport.testing.ts';
import { generateObservationGrid, type Instrument } from '../instruments/index.ts';
import { cqpAgcVersion, loadInstrument } from '../instruments/testData.testing.ts';
import type { EvidenceContext } from './evidenceFromRecord.ts';
import type { EvaluationRecord } from './recordSchema.ts';

export const repo = new URL('../../../../', import.meta.url);
export const SAMPLE_RECORD = 'data/examples/evaluation-record-cqp-agc.json';
export const ADAPTED_GRID = 'data/examples/cqp-agc-tutor-grid-trois-vallees.json';

export const readRepoFile = (path: string) => readFileSync(new URL(path, repo), 'utf8');

export const sampleRecord = (): EvaluationRecord => JSON.parse(readRepoFile(SAMPLE_RECORD));

/**
 * The tutor grid as the fictional Biscuiterie des Trois Vallées adapted it (seed 000, slide 18:
 * "grille adaptée à l'entreprise"). The generator's derived domains count no activity in PO;
 * the company counts five activities where its job puts them, and gives RSF8 a line of its own
 * under M3A5 « Assurer la livraison… » so that its tutor scores it directly.
 */
export function adaptedTutorGrid(): Instrument {
  const generated = generateObservationGrid(cqpAgcVersion(), {
    binding: { certification: 'cqp-agc', version: '1' },
    id: 'cqp-agc-tutor-grid-trois-vallees',
    version: '1',
    title: "Grille d'observation des activités (tuteur) — Biscuiterie des Trois Vallées",
    domainOverrides: { M1A1: 'PO', M1A2: 'PO', M2A6: 'PO', M3A3: 'PO', M5A2: 'R' },
    // The company scores RSF8 itself, under the activity where its tutors see it (issue 17).
    knowHowLines: { M3A5: ['RSF8'] },
  });
  if (!generated.ok) throw new Error(JSON.stringify(generated.problems));
  return {
    ...generated.instrument,
    status: 'published',
    demo: true,
    description:
      "Exemple fictif : la grille tuteur générée du référentiel d'activités, adaptée à la " +
      'Biscuiterie des Trois Vallées (seed 000, diapositive 18). M1A1, M1A2, M2A6 et M3A3 ' +
      'comptent en PO (produits, offres, tarifs), M5A2 en R (alerter la fonction commerciale). ' +
      'Sous M3A5, une ligne note le savoir-faire RSF8 lui-même.',
  };
}

/** The national tutor grid shipped in data/instruments (id `cqp-agc-tutor-grid`). */
export function nationalTutorGrid(): Instrument {
  return loadInstrument('cqp-agc-tutor-grid.yaml', cqpAgcVersion());
}

export function cqpContext(): EvidenceContext {
  const referential = cqpAgcVersion();
  return {
    referential,
    ruleSet: loadRuleSet('cqp-agc.yaml'),
    instruments: [
      adaptedTutorGrid(),
      nationalTutorGrid(),
      loadInstrument('cqp-agc-demo-questionnaire.yaml', referential),
      loadInstrument('cqp-agc-jury-guide.yaml', referential),
    ],
  };
}
