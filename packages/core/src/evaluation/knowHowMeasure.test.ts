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
    // The national grid has no line for RSF8 of its own: the company added it.
    e.items = e.items.filter((result) => result.item !== 'M3A5.RSF8');
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

describe('a company’s grid scores RSF8 itself, on a line under M3A5', () => {
  const decision = decided(sampleRecord());

  it('measures RSF8 by that line too, without counting it in the tutor’s R cell', () => {
    const rsf8 = decision.units.flatMap((u) => u.conditions).find((c) => c.subject === 'RSF8');
    const line = rsf8?.measuredBy?.find((m) => m.item === 'M3A5.RSF8');
    expect(line).toEqual({
      instrument: 'tutor',
      instrumentLabel: { fr: 'tuteur', en: 'tutor' },
      item: 'M3A5.RSF8',
      name: 'M3A5.RSF8',
      values: [75],
    });
    expect(rsf8?.message.fr).toContain('M3A5.RSF8 75 %');
    // The tutor's R cell is the mean of the activity lines counted in R, the line apart: 80.
    expect(decision.grid.rows[0]?.[0]).toBe(80);
  });
});
