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
 * "grille adaptée à l'entreprise"). The generated grid counts no activity in PO, so the tutor
 * could give no PO result, and POSF2, POSF3, POSF6 are reached only by lines counted in other
 * domains; the company counts five activities where its job puts them.
 */
export function adaptedTutorGrid(): Instrument {
  const generated = generateObservationGrid(cqpAgcVersion(), {
    binding: { certification: 'cqp-agc', version: '1' },
    id: 'cqp-agc-tutor-grid-trois-vallees',
    version: '1',
    title: "Grille d'observation des activités (tuteur) — Biscuiterie des Trois Vallées",
    domainOverrides: { M1A1: 'PO', M1A2: 'PO', M2A6: 'PO', M3A3: 'PO', M5A2: 'R' },
  });
  if (!generated.ok) throw new Error(JSON.stringify(generated.problems));
  return {
    ...generated.instrument,
    status: 'published',
    demo: true,
    description:
      "Exemple fictif : la grille tuteur générée du référentiel d'activités, adaptée à la " +
      'Biscuiterie des Trois Vallées (seed 000, diapositive 18). M1A1, M1A2, M2A6 et M3A3 ' +
      'comptent en PO (produits, offres, tarifs), M5A2 en R (alerter la fonction commerciale).',
  };
}

/** The generated tutor grid as the server stores it (id `cqp-agc-tutor-grid`). */
export function generatedTutorGrid(): Instrument {
  const generated = generateObservationGrid(cqpAgcVersion(), {
    binding: { certification: 'cqp-agc', version: '1' },
    id: 'cqp-agc-tutor-grid',
    version: '1',
  });
  if (!generated.ok) throw new Error(JSON.stringify(generated.problems));
  return { ...generated.instrument, status: 'published' };
}

export function cqpContext(): EvidenceContext {
  const referential = cqpAgcVersion();
  return {
    referential,
    ruleSet: loadRuleSet('cqp-agc.yaml'),
    instruments: [
      adaptedTutorGrid(),
      generatedTutorGrid(),
      loadInstrument('cqp-agc-demo-questionnaire.yaml', referential),
      loadInstrument('cqp-agc-jury-guide.yaml', referential),
    ],
  };
}
