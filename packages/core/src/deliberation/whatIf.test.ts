// What-if before signing: change a domain percentage and see the decision change.
import { describe, expect, it } from 'vitest';
import { compileRules } from './compile.ts';
import type { Deliberation } from './deliberate.ts';
import { factsFromReferential } from './facts.ts';
import {
  cqpEvidence,
  cqpRules,
  loadReferential,
  loadRuleSet,
  vaeEvidence,
} from './testSupport.testing.ts';
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
    expect(result.changes[1]?.after?.message.fr).toBe(
      'Outil / Organisation du travail (OT) : jury 55 % ≥ 50 % minimum',
    );
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

describe('what-if on the VAE route, blocs validated on their own', () => {
  const vae = loadRuleSet('cqp-agc-vae.yaml');
  const facts = factsFromReferential(loadReferential('cqp-agc.yaml'), vae);
  const acquired = (d: Deliberation) =>
    d.status === 'decided' ? (d.blocs ?? []).map((b) => b.acquired) : [];

  it('shows blocs n°1 and n°2 acquired when the agreed OT percentage rises above 70', () => {
    const result = whatIf(compileRules(vae, facts), vaeEvidence({ ...good, OT: 60 }, {}, facts), [
      { instrument: 'jury', unit: 'OT', score: 75 },
    ]);
    expect(acquired(result.before)).toEqual([false, false, true]);
    expect(acquired(result.after)).toEqual([true, true, true]);
    expect(result.decisionChanged).toBe(true);
    const lines = result.after.status === 'decided' ? result.after.explanation : [];
    expect(lines.map((line) => line.fr)).toContain(
      "Bloc de compétences RNCP28795BC01 acquis : chacun de ses savoir-faire relève d'un domaine validé : Outil / Organisation du travail (OT)",
    );
  });
});
