// The CQP AGC rule at and around each boundary (seed 000, slide 19): mean strictly above 70,
// 50 minimum for tutor, trainer and jury, each savoir-faire at 30 minimum, every domain for
// the CQP; and bad input that decides nothing.
import { describe, expect, it } from 'vitest';
import { type Deliberation, deliberate } from './deliberate.ts';
import { cqpEvidence, cqpRules, uniformCqpEvidence } from './testSupport.testing.ts';

const rules = cqpRules();
const good = { R: 80, PO: 80, OT: 80 };

/** OT's cells set as given, the other domains comfortably validated. */
function withOt(tutor: number | number[], trainer: number, jury: number): Deliberation {
  return deliberate(
    rules,
    cqpEvidence({
      tutor: { ...good, OT: tutor },
      trainer: { ...good, OT: trainer },
      jury: { ...good, OT: jury },
    }),
  );
}

function otValidated(deliberation: Deliberation): boolean {
  if (deliberation.status !== 'decided') throw new Error(JSON.stringify(deliberation.reasons));
  return deliberation.units.find((u) => u.unit === 'OT')?.passed ?? false;
}

const messages = (d: Deliberation, lang: 'fr' | 'en') =>
  d.status === 'decided' ? d.explanation.map((line) => line[lang]) : [];

describe('a domain mean must be strictly above 70 ("supérieure à 70")', () => {
  it('does not validate a mean of exactly 70', () => {
    const d = withOt(70, 70, 70);
    expect(otValidated(d)).toBe(false);
    expect(messages(d, 'fr')).toContain(
      'Outil / Organisation du travail (OT) non validé : moyenne (tuteur, formateur, jury) 70 % ≤ 70 % (doit dépasser 70 %)',
    );
    expect(messages(d, 'en')).toContain(
      'Outil / Organisation du travail (OT) not validated: mean (tutor, trainer, jury) 70% ≤ 70% (must be above 70%)',
    );
  });

  it('validates a mean of 70.01', () =>
    expect(otValidated(withOt(70.01, 70.01, 70.01))).toBe(true));

  it('compares 69.9, 70 and 70.1 as a mean of exactly 70, whatever binary rounding says', () => {
    expect(otValidated(withOt(69.9, 70, 70.1))).toBe(false);
  });
});

describe('50 minimum in each of the tutor, trainer and jury evaluations', () => {
  it('accepts exactly 50 from the jury when the mean is above 70', () => {
    const d = withOt(90, 90, 50);
    expect(otValidated(d)).toBe(true);
    expect(messages(d, 'fr')).toContain(
      'Outil / Organisation du travail (OT) : jury 50 % ≥ 50 % minimum',
    );
  });

  it('refuses 49.99 from the jury even with a mean above 70', () => {
    const d = withOt(100, 100, 49.99);
    expect(otValidated(d)).toBe(false);
    expect(messages(d, 'en')).toContain(
      'Outil / Organisation du travail (OT) not validated: jury 49.99% < 50% minimum',
    );
  });

  it('explains the jury failure in the words of issue 6', () => {
    const d = withOt(90, 90, 45);
    expect(messages(d, 'fr')).toContain(
      'Outil / Organisation du travail (OT) non validé : jury 45 % < 50 % minimum',
    );
    expect(messages(d, 'en')).toContain(
      'Outil / Organisation du travail (OT) not validated: jury 45% < 50% minimum',
    );
    expect(d.status === 'decided' && d.overall.summary).toEqual({
      fr: 'CQP non attribué',
      en: 'CQP not awarded',
    });
    expect(messages(d, 'fr')).toContain(
      'CQP non attribué : Outil / Organisation du travail (OT) non validé',
    );
  });

  it('applies the minimum to the tutor and the trainer alike', () => {
    expect(otValidated(withOt(49.99, 100, 100))).toBe(false);
    expect(otValidated(withOt(100, 49.99, 100))).toBe(false);
    expect(otValidated(withOt(100, 50, 100))).toBe(true);
  });
});

describe('each savoir-faire mastered at 30 minimum', () => {
  it('accepts a savoir-faire at exactly 30', () => {
    const d = withOt([30, 100], 90, 90); // OTSF1 30, OTSF2 100: tutor 65, mean 81.67
    expect(otValidated(d)).toBe(true);
    expect(messages(d, 'fr')).toContain(
      'Outil / Organisation du travail (OT) : savoir-faire OTSF1 30 % ≥ 30 % minimum — mesuré par : tuteur OTSF1 30 %',
    );
    expect(messages(d, 'fr')).toContain(
      'Outil / Organisation du travail (OT) : moyenne (tuteur, formateur, jury) 81,67 % > 70 %',
    );
  });

  it('refuses a savoir-faire at 29.99', () => {
    const d = withOt([29.99, 100], 90, 90);
    expect(otValidated(d)).toBe(false);
    expect(messages(d, 'en')).toContain(
      'Outil / Organisation du travail (OT) not validated: know-how OTSF1 29.99% < 30% minimum — measured by: tutor OTSF1 29.99%',
    );
  });

  it('scores a savoir-faire from every item tagged with it, across instruments', () => {
    const evidence = cqpEvidence({ tutor: { ...good, OT: [20, 100] }, trainer: good, jury: good });
    evidence.instruments[1]?.items?.push({ unit: 'OT', competences: ['OTSF1'], score: 40 });
    const d = deliberate(rules, evidence);
    expect(d.status === 'decided' && d.competenceScores.OTSF1).toBe(30);
  });

  it('measures a savoir-faire by the items of its own domain only (competenceMeasure)', () => {
    // A tutor line counted in R that also evaluates OTSF1 (an activity whose mission requires
    // both): its percentage stays in R's cell and weighs on RSF1, never on OTSF1 of OT.
    const evidence = cqpEvidence({ tutor: good, trainer: good, jury: good });
    evidence.instruments[0]?.items?.push({ unit: 'R', competences: ['RSF1', 'OTSF1'], score: 0 });
    const d = deliberate(rules, evidence);
    if (d.status !== 'decided') throw new Error(JSON.stringify(d.reasons));
    expect([d.competenceScores.RSF1, d.competenceScores.OTSF1]).toEqual([40, 80]);
    // Rounded to two decimals, as the grid shows it: 160 / 3 is 53.33.
    expect(d.grid.rows.map((row) => row[0])).toEqual([53.33, 80, 80]);
  });

  it('scores a savoir-faire from a jury item whose domain has an agreed percentage, not the cell', () => {
    // The president's agreed 80 is the jury's OT cell (seed 002); the member's observation of
    // OTSF1 at 20 still weighs on OTSF1: (tutor 20 + jury 20) / 2.
    const evidence = cqpEvidence({ tutor: { ...good, OT: [20, 100] }, trainer: good, jury: good });
    const jury = evidence.instruments[2];
    if (jury)
      jury.items = [
        { unit: 'OT', item: 'OTSF1', competences: ['OTSF1'], score: 20, countsInUnit: false },
      ];
    const d = deliberate(rules, evidence);
    if (d.status !== 'decided') throw new Error(JSON.stringify(d.reasons));
    expect(d.grid.rows[2]).toEqual([80, 80, 80]);
    expect(d.competenceScores.OTSF1).toBe(20);
    expect(messages(d, 'en')).toContain(
      'Outil / Organisation du travail (OT) not validated: know-how OTSF1 20% < 30% minimum — measured by: tutor OTSF1 20%; jury OTSF1 20%',
    );
  });
});

describe('the CQP and its synthesis grid', () => {
  it('awards the CQP when all domains are validated, under the rule-set version', () => {
    const d = deliberate(rules, uniformCqpEvidence(71));
    expect(d.status).toBe('decided');
    if (d.status !== 'decided') return;
    expect(d.overall.passed).toBe(true);
    expect(d.ruleSet).toEqual({ id: 'cqp-agc-rules', certification: 'cqp-agc', version: '1' });
    expect(d.grid).toEqual({
      instruments: ['tutor', 'trainer', 'jury'],
      instrumentLabels: [
        { fr: 'tuteur', en: 'tutor' },
        { fr: 'formateur', en: 'trainer' },
        { fr: 'jury', en: 'jury' },
      ],
      units: ['R', 'PO', 'OT'],
      unitLabels: [
        'Relation client / Argumentation',
        'Produits / Offres commerciales',
        'Outil / Organisation du travail',
      ],
      decimals: 2,
      rows: [
        [71, 71, 71],
        [71, 71, 71],
        [71, 71, 71],
      ],
      means: [71, 71, 71],
    });
    expect(
      d.units.every(
        (u) =>
          u.conditions.length === 4 + u.conditions.filter((c) => c.kind === 'competence').length,
      ),
    ).toBe(true);
    expect(messages(d, 'fr').at(-1)).toBe('CQP attribué');
  });

  it('averages item percentages per instrument and domain', () => {
    const d = deliberate(
      rules,
      cqpEvidence({ tutor: good, trainer: { ...good, R: [60, 90, 96] }, jury: good }),
    );
    expect(d.status === 'decided' && d.grid.rows[1]?.[0]).toBe(82);
  });
});

describe('bad input decides nothing', () => {
  const reasonsOf = (d: Deliberation) =>
    d.status === 'undecidable' ? d.reasons.map((r) => [r.code, r.at]) : [];

  it('a missing instrument', () => {
    const d = deliberate(rules, cqpEvidence({ tutor: good, trainer: good }));
    expect(reasonsOf(d)).toEqual([['missing_instrument', { instrument: 'jury' }]]);
    expect(d.status === 'undecidable' && d.reasons[0]?.message.fr).toBe(
      'jury : aucune preuve pour cet instrument, qui compte dans la décision',
    );
  });

  it('evidence for an instrument the rule set does not know', () => {
    const evidence = uniformCqpEvidence(80);
    evidence.instruments.push({ instrument: 'self_assessment', items: [{ unit: 'R', score: 90 }] });
    expect(reasonsOf(deliberate(rules, evidence))).toEqual([
      ['unknown_instrument', { instrument: 'self_assessment' }],
    ]);
  });

  it('a domain with no items for an instrument', () => {
    const d = deliberate(
      rules,
      cqpEvidence({ tutor: good, trainer: { R: 80, PO: 80 }, jury: good }),
    );
    expect(reasonsOf(d)).toEqual([['unit_without_items', { instrument: 'trainer', unit: 'OT' }]]);
  });

  it('a score outside 0-100, located to its item', () => {
    const d = deliberate(
      rules,
      cqpEvidence({ tutor: good, trainer: { ...good, PO: [80, 100.5] }, jury: good }),
    );
    expect(reasonsOf(d)).toEqual([
      ['score_out_of_range', { instrument: 'trainer', item: 2, unit: 'PO' }],
    ]);
    expect(
      reasonsOf(
        deliberate(rules, cqpEvidence({ tutor: good, trainer: good, jury: { ...good, R: -1 } })),
      ),
    ).toEqual([['score_out_of_range', { instrument: 'jury', unit: 'R' }]]);
  });

  it('a savoir-faire never evaluated', () => {
    const evidence = uniformCqpEvidence(80);
    const tutor = evidence.instruments[0];
    if (tutor?.items)
      tutor.items = tutor.items.filter((item) => !item.competences?.includes('RSF2'));
    const d = deliberate(rules, evidence);
    expect(reasonsOf(d)).toEqual([['competence_not_evaluated', { unit: 'R', competence: 'RSF2' }]]);
    expect(d.status === 'undecidable' && d.reasons[0]?.message.en).toBe(
      'Relation client / Argumentation (R), RSF2: know-how never evaluated',
    );
  });

  it('a NaN, an unknown domain', () => {
    const evidence = uniformCqpEvidence(80);
    evidence.instruments[1]?.items?.push(
      { unit: 'R', score: Number.NaN },
      { unit: 'XX', score: 50 },
    );
    expect(reasonsOf(deliberate(rules, evidence)).map(([code]) => code)).toEqual([
      'score_out_of_range',
      'unknown_unit',
    ]);
  });

  it('both an agreed percentage and items for the same jury cell', () => {
    const evidence = uniformCqpEvidence(80);
    evidence.instruments[2] = {
      instrument: 'jury',
      items: [{ unit: 'R', score: 70 }],
      unitScores: good,
    };
    expect(reasonsOf(deliberate(rules, evidence))).toEqual([
      ['conflicting_unit_score', { instrument: 'jury', unit: 'R' }],
    ]);
  });
});
