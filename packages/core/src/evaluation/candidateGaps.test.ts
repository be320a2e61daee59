import { describe, expect, it } from 'vitest';
import { candidateGaps } from './candidateGaps.ts';
import type { EvaluationRecord } from './recordSchema.ts';
import { cqpContext, sampleRecord } from './testSupport.testing.ts';

const context = cqpContext();

/** The sample record with the final tutor grid's lines of `prefix` marked « non évalué ». */
function withNotEvaluated(prefix: string): EvaluationRecord {
  const record = sampleRecord();
  const tutor = record.evaluations[1];
  if (!tutor) throw new Error('no tutor grid');
  tutor.items = tutor.items.map((result) =>
    result.item.startsWith(prefix)
      ? { item: result.item, notEvaluated: { reason: 'Aucun défaut de livraison cette année.' } }
      : result,
  );
  return record;
}

describe('a candidate’s gaps before the jury', () => {
  it('shows, for RSF8, the items that measure it and their values, the record being ready', () => {
    const gaps = candidateGaps(sampleRecord(), context);
    expect(gaps.status).toBe('ready');
    const rsf8 = gaps.knowHow.find((k) => k.competence === 'RSF8');
    expect(rsf8?.label).toBe(
      'Comprendre la logique du client pour adapter ses propositions lors de défauts de livraisons',
    );
    expect(rsf8?.measuredBy.map((m) => [m.item, m.values])).toContainEqual(['M3A5.RSF8', [75]]);
    expect(gaps.notEvaluated).toEqual([]);
  });

  it('lists the lines marked « non évalué » with their reason, and what they leave unmeasured', () => {
    const gaps = candidateGaps(withNotEvaluated('M3'), context);
    expect(gaps.notEvaluated.map((n) => n.item)).toEqual([
      'M3A1',
      'M3A2',
      'M3A3',
      'M3A4',
      'M3A5',
      'M3A5.RSF8',
      'M3A6',
      'M3A7',
    ]);
    expect(gaps.notEvaluated[0]?.reason).toBe('Aucun défaut de livraison cette année.');
    // RSF8 is still measured by the jury's delivery-delay role play only.
    const rsf8 = gaps.knowHow.find((k) => k.competence === 'RSF8');
    expect(rsf8?.measuredBy.map((m) => m.item)).toEqual(['R.1']);
  });

  it('says what stands in the way: an invalid record’s problems, located', () => {
    const record = sampleRecord();
    const tutor = record.evaluations[1];
    if (tutor) tutor.items = tutor.items.filter((r) => !r.item.startsWith('M3'));
    const gaps = candidateGaps(record, context);
    expect(gaps.status).toBe('invalid');
    expect(gaps.problems.map((p) => [p.code, p.path])).toEqual([
      ['incomplete_evaluation', '$.evaluations[1].items'],
    ]);
    expect(gaps.knowHow.every((k) => k.score === null)).toBe(true);
  });
});
