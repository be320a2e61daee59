// What-if before signing: change a domain percentage and see the decision change.
import { describe, expect, it } from 'vitest';
import { cqpEvidence, cqpRules } from './testSupport.testing.ts';
import { whatIf } from './whatIf.ts';

const rules = cqpRules();
const good = { R: 80, PO: 80, OT: 80 };
const evidence = cqpEvidence({ tutor: good, trainer: good, jury: { ...good, OT: 45 } });

describe('what-if', () => {
  it('shows the CQP awarded when the OT jury percentage becomes 55, and which conditions changed', () => {
    const result = whatIf(rules, evidence, [{ instrument: 'jury', unit: 'OT', score: 55 }]);
    expect(result.before.status === 'decided' && result.before.overall.passed).toBe(false);
    expect(result.after.status === 'decided' && result.after.overall.passed).toBe(true);
    expect(result.decisionChanged).toBe(true);
    expect(result.changes.map((c) => [c.id, c.before?.passed, c.after?.passed])).toEqual([
      ['OT:0:mean', false, true], // 68.33 → 71.67
      ['OT:1:jury', false, true],
      ['final:0:units', false, true],
    ]);
    expect(result.changes[1]?.after?.message.fr).toBe('OT : jury 55 % ≥ 50 % minimum');
  });

  it('reports no change when the override keeps every value', () => {
    const result = whatIf(rules, evidence, [{ instrument: 'jury', unit: 'OT', score: 45 }]);
    expect(result.changes).toEqual([]);
    expect(result.decisionChanged).toBe(false);
  });

  it('can lower a savoir-faire and refuses an override outside 0-100', () => {
    const lowered = whatIf(rules, cqpEvidence({ tutor: good, trainer: good, jury: good }), [
      { competence: 'RSF1', score: 10 },
    ]);
    expect(lowered.after.status === 'decided' && lowered.after.units[0]?.passed).toBe(false);
    const bad = whatIf(rules, evidence, [{ instrument: 'jury', unit: 'OT', score: 120 }]);
    expect(bad.after.status).toBe('undecidable');
  });
});
