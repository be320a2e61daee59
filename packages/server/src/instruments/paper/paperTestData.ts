// Test support, imported only by *.test.ts: the CQP AGC instruments (seed 002's jury guide,
// the generated tutor grid, the demo questionnaire) and a context full of accents.
import type { Instrument } from '@certeval/core';
import { cqpAgcInstruments, cqpAgcVersion } from '@certeval/core/instruments/testData.testing';
import type { PaperContext } from './paperContext.ts';

const version = cqpAgcVersion();
const [juryGuide, tutorGrid, questionnaire] = cqpAgcInstruments(version) as [
  Instrument,
  Instrument,
  Instrument,
];

export { juryGuide, questionnaire, tutorGrid, version };

export const domainLabels = Object.fromEntries(
  version.nodes.filter((n) => n.type === 'domain').map((n) => [n.code, n.label]),
);

export const context: PaperContext = {
  certificationTitle: 'CQP Assistant(e) de Gestion Client',
  candidateName: 'Hélène Lefèvre-Nguyễn',
  companyName: 'Biscuiterie Dupré & Fils',
  evaluatorName: 'François Œuvrard',
  evaluatorRole: 'membre du jury',
  date: '2026-03-12',
  domainLabels,
};
