// The boundary cases of data/examples/boundaries decided by core, on the shipped instruments:
// each as its manifest says (issue 17, "Bad input"), the files and the manifest in step.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRuleSet } from '../deliberation/testSupport.testing.ts';
import { cqpAgcInstruments, cqpAgcVersion } from '../instruments/testData.testing.ts';
import { BOUNDARIES, boundaryCases, boundaryRecord } from './boundaries.testing.ts';
import { deliberateRecord } from './deliberateRecord.ts';
import { validateRecord } from './validateRecord.ts';

const version = cqpAgcVersion();
const context = {
  referential: version,
  ruleSet: loadRuleSet('cqp-agc.yaml'),
  instruments: cqpAgcInstruments(version),
};
const cases = boundaryCases();

describe('the boundary records of data/examples/boundaries', () => {
  it('are all in the manifest, and the manifest names no missing file', () => {
    const files = readdirSync(BOUNDARIES).filter((file) => file.endsWith('.json'));
    expect(cases.map((c) => c.file).sort()).toEqual(files.sort());
  });

  it.each(cases)('$file: $what', (boundary) => {
    const checked = validateRecord(boundaryRecord(boundary.file));
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    const decision = deliberateRecord(checked.value, context);
    if (boundary.exit === 1) {
      if (decision.status !== 'invalid') throw new Error(`not refused: ${decision.status}`);
      const found = decision.problems.map((p) => ({ code: p.code, path: p.path }));
      for (const problem of boundary.problems ?? []) expect(found).toContainEqual(problem);
      return;
    }
    if (boundary.exit === 3) {
      if (decision.status !== 'undecidable') throw new Error(`decided: ${decision.status}`);
      expect([...new Set(decision.reasons.map((r) => r.code))]).toEqual(boundary.reasons);
      return;
    }
    if (decision.status !== 'decided') throw new Error(JSON.stringify(decision));
    expect(decision.overall.summary.fr).toBe(boundary.summary);
    expect(decision.units.filter((u) => !u.passed).map((u) => u.unit)).toEqual(boundary.failed);
  });
});
