// How a savoir-faire is measured (issue 17, item 1): by the rule set's stated measure, and the
// explanation of each savoir-faire lists the items that produced its score, with their values.
import { describe, expect, it } from 'vitest';
import { deliberateRecord } from './deliberateRecord.ts';
import type { EvaluationRecord } from './recordSchema.ts';
import { cqpContext, sampleRecord } from './testSupport.testing.ts';

const context = cqpContext();

/** The sample record on the national tutor grid, where M3A5 « Assurer la livraison… » counts in OT. */
function onNationalGrid(m3a5: number): EvaluationRecord {
  const record = sampleRecord();
  for (const e of record.evaluations) {
    if (e.evaluator.role !== 'tutor') continue;
    e.instrument.id = 'cqp-agc-tutor-grid';
    for (const result of e.items) if (result.item === 'M3A5') result.percentage = m3a5;
  }
  return record;
}

const decided = (record: EvaluationRecord) => {
  const decision = deliberateRecord(record, context);
  if (decision.status !== 'decided') throw new Error(JSON.stringify(decision, null, 2));
  return decision;
};

describe('the CQP AGC measures a savoir-faire by the items of its own domain', () => {
  it('does not let an OT line (M3A5) score RSF8, a savoir-faire of R', () => {
    const low = decided(onNationalGrid(0));
    const high = decided(onNationalGrid(100));
    expect(low.competenceScores.RSF8).toBe(high.competenceScores.RSF8);
  });

  it('explains RSF8 with the items that measured it and their values', () => {
    const decision = decided(onNationalGrid(80));
    const rsf8 = decision.units.flatMap((u) => u.conditions).find((c) => c.subject === 'RSF8');
    expect(rsf8?.measuredBy?.map((m) => [m.instrument, m.item])).toEqual([
      ['tutor', 'M3A1'],
      ['tutor', 'M3A2'],
      ['tutor', 'M3A4'],
      ['tutor', 'M3A6'],
      ['tutor', 'M3A7'],
      ['jury', 'R.1'],
    ]);
    expect(rsf8?.message.fr).toContain('tuteur M3A1 80 %');
    expect(rsf8?.message.fr).not.toContain('M3A5');
  });
});
