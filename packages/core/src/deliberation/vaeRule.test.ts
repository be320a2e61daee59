// The CQP AGC on the VAE route (data/rules/cqp-agc-vae.yaml): Certeval's reading of slide 19
// for a route whose only component is the jury (seed 001) — the jury's result per domain
// strictly above 70, every savoir-faire at 30 minimum and evaluated, every domain for the CQP.
// At and around each boundary; and the training rule left as it was.
import { describe, expect, it } from 'vitest';
import { compileRules } from './compile.ts';
import { type Deliberation, deliberate } from './deliberate.ts';
import {
  cqpEvidence,
  cqpRules,
  loadRuleSet,
  smallCqpFacts,
  vaeEvidence,
} from './testSupport.testing.ts';

const rules = compileRules(loadRuleSet('cqp-agc-vae.yaml'), smallCqpFacts);
const good = { R: 80, PO: 80, OT: 80 };

function ot(d: Deliberation) {
  if (d.status !== 'decided') throw new Error(JSON.stringify(d.reasons));
  const unit = d.units.find((u) => u.unit === 'OT');
  return {
    passed: unit?.passed,
    fr: d.explanation.map((l) => l.fr),
    en: d.explanation.map((l) => l.en),
  };
}

describe('the jury’s result per domain must be strictly above 70', () => {
  it('does not validate a jury result of exactly 70', () => {
    const d = ot(deliberate(rules, vaeEvidence({ ...good, OT: 70 })));
    expect(d.passed).toBe(false);
    expect(d.fr).toContain(
      'Outil / Organisation du travail (OT) non validé : jury 70 % ≤ 70 % (doit dépasser 70 %)',
    );
    expect(d.en).toContain(
      'Outil / Organisation du travail (OT) not validated: jury 70% ≤ 70% (must be above 70%)',
    );
    expect(d.fr.at(-1)).toBe('CQP non attribué');
  });

  it('validates 70.01, and awards the CQP when every domain is above 70', () => {
    const d = deliberate(rules, vaeEvidence({ ...good, OT: 70.01 }));
    expect(ot(d).passed).toBe(true);
    expect(ot(d).fr).toContain('Outil / Organisation du travail (OT) : jury 70,01 % > 70 %');
    expect(d.status === 'decided' && d.overall.summary).toEqual({
      fr: 'CQP attribué',
      en: 'CQP awarded',
    });
  });

  it('asks nothing of a tutor or a trainer: the synthesis grid has the jury only', () => {
    const d = deliberate(rules, vaeEvidence(good));
    expect(d.status === 'decided' && d.grid.instruments).toEqual(['jury']);
    expect(d.ruleSet).toEqual({ id: 'cqp-agc-vae-rules', certification: 'cqp-agc', version: '1' });
  });

  it('takes the mean of the members’ items when the president agreed no percentage', () => {
    const items = [70, 72].map((score) => ({ unit: 'OT', competences: ['OTSF1', 'OTSF2'], score }));
    const d = deliberate(rules, {
      instruments: [
        {
          instrument: 'jury',
          items: [...items, ...(vaeEvidence({}).instruments[0]?.items ?? [])],
          unitScores: { R: 80, PO: 80 },
        },
      ],
    });
    // OT's cell is the mean of the two counting items; the others evidence savoir-faire only.
    expect(ot(d).fr).toContain('Outil / Organisation du travail (OT) : jury 71 % > 70 %');
  });
});

describe('every savoir-faire at 30 minimum, every one evaluated', () => {
  it('validates a savoir-faire at exactly 30', () => {
    const d = ot(deliberate(rules, vaeEvidence(good, { OTSF2: 30 })));
    expect(d.passed).toBe(true);
    expect(d.fr).toContain(
      'Outil / Organisation du travail (OT) : savoir-faire OTSF2 30 % ≥ 30 % minimum — mesuré par : jury OTSF2 30 %',
    );
  });

  it('does not validate a savoir-faire at 29, even with the domain at 80', () => {
    const d = ot(deliberate(rules, vaeEvidence(good, { OTSF2: 29 })));
    expect(d.passed).toBe(false);
    expect(d.en).toContain(
      'Outil / Organisation du travail (OT) not validated: know-how OTSF2 29% < 30% minimum — measured by: jury OTSF2 29%',
    );
  });

  it('decides nothing when a savoir-faire was never evaluated, and names it', () => {
    const evidence = vaeEvidence(good);
    const jury = evidence.instruments[0];
    if (jury) jury.items = jury.items?.filter((item) => item.competences?.[0] !== 'RSF2');
    const d = deliberate(rules, evidence);
    expect(d.status).toBe('undecidable');
    expect(d.status === 'undecidable' && d.reasons.map((r) => [r.code, r.at])).toEqual([
      ['competence_not_evaluated', { unit: 'R', competence: 'RSF2' }],
    ]);
  });

  it('decides nothing without the jury’s evidence, and refuses a tutor’s', () => {
    const d = deliberate(rules, cqpEvidence({ tutor: good }));
    const reasons = d.status === 'undecidable' ? d.reasons : [];
    expect(reasons.slice(0, 2).map((r) => [r.code, r.at.instrument])).toEqual([
      ['unknown_instrument', 'tutor'],
      ['missing_instrument', 'jury'],
    ]);
    // …and, the jury missing, every savoir-faire is named as never evaluated.
    expect(reasons.slice(2).every((r) => r.code === 'competence_not_evaluated')).toBe(true);
  });
});

describe('the training rule, unchanged beside it', () => {
  it('still asks for the tutor and the trainer: the VAE evidence decides nothing there', () => {
    const d = deliberate(cqpRules(), vaeEvidence(good));
    expect(d.status === 'undecidable' && d.reasons.map((r) => [r.code, r.at.instrument])).toEqual([
      ['missing_instrument', 'tutor'],
      ['missing_instrument', 'trainer'],
    ]);
  });

  it('still does not validate a mean of exactly 70, nor a jury at 49.99', () => {
    const at = (jury: number, others: number) =>
      deliberate(
        cqpRules(),
        cqpEvidence({
          tutor: { ...good, OT: others },
          trainer: { ...good, OT: others },
          jury: { ...good, OT: jury },
        }),
      );
    expect(ot(at(70, 70)).passed).toBe(false);
    expect(ot(at(49.99, 100)).passed).toBe(false);
    expect(ot(at(70.01, 70.01)).passed).toBe(true);
  });
});
