// Explanations in the jury's words (issue 17, item 5): instruments, domains and savoir-faire by
// their labels, and every number written as the synthesis grid shows it, the comparison made on
// that very value.
import { describe, expect, it } from 'vitest';
import { deliberate } from './deliberate.ts';
import { formatNumber } from './explain.ts';
import { cqpEvidence, cqpRules } from './testSupport.testing.ts';

const rules = cqpRules();
const high = { R: 90, PO: 90, OT: 90 };

describe('a mean a hair above 70', () => {
  // Tutor 70.01, trainer 70, jury 70: the mean is 70.00333…, which the grid shows as 70.
  const decision = deliberate(
    rules,
    cqpEvidence({
      tutor: { ...high, OT: 70.01 },
      trainer: { ...high, OT: 70 },
      jury: { ...high, OT: 70 },
    }),
  );

  it('is compared as the grid shows it, two decimals, so 70 is not above 70', () => {
    if (decision.status !== 'decided') throw new Error(JSON.stringify(decision));
    const ot = decision.grid.units.indexOf('OT');
    const shown = formatNumber(decision.grid.means[ot] ?? Number.NaN).fr;
    expect(shown).toBe('70');
    expect(decision.units.find((u) => u.unit === 'OT')?.passed).toBe(false);
    const mean = decision.units.find((u) => u.unit === 'OT')?.conditions[0];
    expect(mean?.message.fr).toContain(`${shown} % ≤ 70 %`);
    expect(mean?.message.fr).not.toContain('70,003');
  });
});

describe('names in the explanation', () => {
  it('names the instruments of an undecidable record by their labels, never their ids', () => {
    const evidence = cqpEvidence({ tutor: high, trainer: { R: 90, OT: 90 }, jury: high });
    const decision = deliberate(rules, evidence);
    if (decision.status !== 'undecidable') throw new Error('decided');
    const reason = decision.reasons.find((r) => r.code === 'unit_without_items');
    expect(reason?.message.fr).toContain('formateur');
    expect(reason?.message.fr).not.toMatch(/\btrainer\b/);
    expect(reason?.message.fr).toContain('Produits / Offres commerciales');
  });

  it('names each domain by its label in the explanation, in both languages', () => {
    const decision = deliberate(
      rules,
      cqpEvidence({ tutor: high, trainer: high, jury: { ...high, OT: 45 } }),
    );
    if (decision.status !== 'decided') throw new Error('undecidable');
    expect(decision.explanation.map((line) => line.fr)).toContain(
      'Outil / Organisation du travail (OT) non validé : jury 45 % < 50 % minimum',
    );
    expect(decision.explanation.map((line) => line.en)).toContain(
      'Outil / Organisation du travail (OT) not validated: jury 45% < 50% minimum',
    );
  });
});
