// The shipped CQP AGC instrument set — the tutor grid, the demo questionnaire and the jury guide
// of seed 002, as data/instruments ships them — decides a complete evaluation record with the
// rule of data/rules/cqp-agc.yaml (seed 000, slide 19). Built from the instruments themselves:
// every item of each one gets a result, as a tutor, a trainer and a jury would fill them.
import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../deliberation/testSupport.testing.ts';
import type { Instrument, Item } from '../instruments/index.ts';
import { maxPoints } from '../instruments/questionnaire/index.ts';
import { cqpAgcInstruments, cqpAgcVersion } from '../instruments/testData.testing.ts';
import { deliberateRecord } from './deliberateRecord.ts';
import type { EvidenceContext } from './evidenceFromRecord.ts';
import type { Evaluation, EvaluationRecord, EvaluatorRole } from './recordSchema.ts';

const referential = cqpAgcVersion();
const [juryGuide, tutorGrid, questionnaire] = cqpAgcInstruments(referential) as [
  Instrument,
  Instrument,
  Instrument,
];
const context: EvidenceContext = {
  referential,
  ruleSet: loadRuleSet('cqp-agc.yaml'),
  instruments: [juryGuide, tutorGrid, questionnaire],
};

type Domain = 'R' | 'PO' | 'OT';
const items = (instrument: Instrument) =>
  instrument.sections.flatMap((section) =>
    section.items.map((item) => ({ item, domain: (item.domain ?? section.domain) as Domain })),
  );

/**
 * A result of `share` (0–1) of the item's objective: points when it has a maximum, else a
 * percentage; a right-or-wrong question is right (1 point) from half the objective up, since its
 * score comes from its answer key (issue 17, item 3).
 */
function result(item: Item, share: number) {
  const { model } = item.scoring;
  if (model === 'right_wrong') return { item: item.id, points: share >= 0.5 ? 1 : 0 };
  const byPoints = model !== 'scale_percentage' && !(model === 'manual' && !item.scoring.maxPoints);
  return byPoints
    ? { item: item.id, points: share * maxPoints(item.scoring) }
    : { item: item.id, percentage: 100 * share };
}

function evaluation(
  instrument: Instrument,
  role: EvaluatorRole,
  name: string,
  share: Record<Domain, number>,
): Evaluation {
  return {
    instrument: { id: instrument.id, version: instrument.version },
    kind: 'final',
    date: '2026-03-12',
    evaluator: { name, role },
    items: items(instrument).map(({ item, domain }) => result(item, share[domain])),
  };
}

function record(
  shares: Record<'tutor' | 'trainer' | 'jury', Record<Domain, number>>,
  agreed?: Record<Domain, number>,
): EvaluationRecord {
  const president: Evaluation = {
    ...evaluation(juryGuide, 'jury_president', 'Yvonne Kerbrat', shares.jury),
    ...(agreed ? { items: [], agreed } : {}),
  };
  return {
    format: 'certeval.evaluation-record',
    formatVersion: 1,
    candidate: {
      birthName: 'Arnaud',
      firstNames: ['Maëlle'],
      birthDate: '1998-06-02',
      birthPlace: 'Saint-Ferréol-des-Côtes (Puy-de-Dôme)',
      accessRoute: 'professionalisation_contract',
    },
    certification: { id: 'cqp-agc', version: '1' },
    evaluations: [
      evaluation(tutorGrid, 'tutor', 'Gaëlle Morvan', shares.tutor),
      evaluation(questionnaire, 'trainer', 'Rémi Fauconnet', shares.trainer),
      evaluation(juryGuide, 'jury_member', 'Odile Castagné', shares.jury),
      president,
    ],
  };
}

const all = (share: number): Record<Domain, number> => ({ R: share, PO: share, OT: share });

describe('a complete record on the shipped CQP AGC instruments', () => {
  it('fills every item: 25 tutor lines, every questionnaire item, every jury observation', () => {
    const full = record({ tutor: all(0.8), trainer: all(0.8), jury: all(0.8) });
    expect(full.evaluations.map((e) => e.items.length)).toEqual([
      25,
      items(questionnaire).length,
      items(juryGuide).length,
      items(juryGuide).length,
    ]);
  });

  it('is decided: every domain validated, the CQP awarded', () => {
    const decision = deliberateRecord(
      record({ tutor: all(0.8), trainer: all(0.75), jury: all(0.7) }, { R: 75, PO: 72, OT: 70 }),
      context,
    );
    if (decision.status !== 'decided') throw new Error(JSON.stringify(decision, null, 2));
    expect(decision.units.map((u) => [u.unit, u.passed])).toEqual([
      ['R', true],
      ['PO', true],
      ['OT', true],
    ]);
    expect(decision.overall.summary).toEqual({ fr: 'CQP attribué', en: 'CQP awarded' });
    // Every savoir-faire of slides 14-15 has a score: each is evaluated by some tutor line
    // (80), and those the jury guide evaluates by the member's observations (70) too: the
    // agreed percentages replace the jury's cells, not the observations' evidence.
    const scores = Object.values(decision.competenceScores) as number[];
    expect(scores).toHaveLength(26);
    expect(scores.every((s) => s >= 70 && s <= 80)).toBe(true);
    expect(scores.filter((s) => s < 80).length).toBeGreaterThan(0);
  });

  it('is decided from the jury members’ observations when no percentage was agreed', () => {
    const decision = deliberateRecord(
      record({ tutor: all(0.9), trainer: all(0.9), jury: { R: 0.7, PO: 0.7, OT: 0.3 } }),
      context,
    );
    if (decision.status !== 'decided') throw new Error(JSON.stringify(decision, null, 2));
    // Rows: tutor, trainer, jury; columns: R, PO, OT. The trainer's right-or-wrong questions
    // are right (100), its multiple-choice ones at 90: R (3 × 100 + 3 × 90) / 6, PO of 7, OT of 6.
    expect(decision.grid.rows).toEqual([
      [90, 90, 90],
      [95, 97.14, 98.33],
      [70, 70, 30],
    ]);
    expect(decision.explanation.map((line) => line.en)).toContain(
      'Outil / Organisation du travail (OT) not validated: jury 30% < 50% minimum',
    );
    expect(decision.overall.summary.en).toBe('CQP not awarded');
  });

  it('reads the tutor’s PO result from the grid’s PO lines', () => {
    const decision = deliberateRecord(
      record({ tutor: { R: 0.9, PO: 0.2, OT: 0.9 }, trainer: all(0.9), jury: all(0.9) }),
      context,
    );
    if (decision.status !== 'decided') throw new Error(JSON.stringify(decision, null, 2));
    expect(decision.units.map((u) => [u.unit, u.passed])).toEqual([
      ['R', true],
      ['PO', false],
      ['OT', true],
    ]);
    expect(decision.grid.rows[0]).toEqual([90, 20, 90]);
    expect(decision.explanation.map((line) => line.fr)).toContain(
      'Produits / Offres commerciales (PO) non validé : tuteur 20 % < 50 % minimum',
    );
  });
});
