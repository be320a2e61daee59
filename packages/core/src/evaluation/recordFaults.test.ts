// Faults of a record that are input errors, never "undecidable" and never silently accepted
// (issue 17, items 2-4): a final evaluation that skips a mission, a right-or-wrong question
// given a percentage, an agreed percentage for a domain the referential does not have.
import { describe, expect, it } from 'vitest';
import { deliberateRecord } from './deliberateRecord.ts';
import type { EvaluationRecord } from './recordSchema.ts';
import { cqpContext, sampleRecord } from './testSupport.testing.ts';
import { validateRecord } from './validateRecord.ts';

const context = cqpContext();

function changed(change: (record: EvaluationRecord) => void): EvaluationRecord {
  const record = sampleRecord();
  change(record);
  return record;
}

const M3 = ['M3A1', 'M3A2', 'M3A3', 'M3A4', 'M3A5', 'M3A6', 'M3A7'];
const finalTutor = (record: EvaluationRecord) => {
  const found = record.evaluations.find((e) => e.kind === 'final' && e.evaluator.role === 'tutor');
  if (!found) throw new Error('no final tutor evaluation');
  return found;
};

describe('a final evaluation is complete or says why not', () => {
  it('refuses a final tutor evaluation that skips mission M3, naming the mission', () => {
    const record = changed((r) => {
      const tutor = finalTutor(r);
      tutor.items = tutor.items.filter((result) => !M3.includes(result.item));
    });
    const decision = deliberateRecord(record, context);
    if (decision.status !== 'invalid') throw new Error(`not refused: ${decision.status}`);
    const problem = decision.problems.find((p) => p.code === 'incomplete_evaluation');
    expect(problem?.path).toBe('$.evaluations[1].items');
    expect(problem?.message.fr).toContain('M3');
    expect(problem?.message.fr).toContain('Intervenir auprès du client');
    expect(problem?.message.en).toContain('M3');
  });

  it('accepts the same evaluation when the mission’s lines are marked « non évalué » with a reason', () => {
    const record = changed((r) => {
      const tutor = finalTutor(r);
      tutor.items = tutor.items.map((result) =>
        M3.includes(result.item)
          ? {
              item: result.item,
              notEvaluated: { reason: 'Pas de défaut de livraison sur la période.' },
            }
          : result,
      );
    });
    const decision = deliberateRecord(record, context);
    expect(decision.status).not.toBe('invalid');
  });

  it('refuses « non évalué » without a reason, and with a value beside it', () => {
    const record = changed((r) => {
      const tutor = finalTutor(r);
      tutor.items = tutor.items.map((result) => {
        if (result.item === 'M3A1') return { item: 'M3A1', notEvaluated: { reason: '' } };
        if (result.item === 'M3A2') return { ...result, notEvaluated: { reason: 'Absent.' } };
        return result;
      });
    });
    const checked = validateRecord(record);
    if (checked.ok) throw new Error('accepted');
    const at = (item: string) => finalTutor(record).items.findIndex((r) => r.item === item);
    expect(checked.problems.map((p) => p.path)).toEqual([
      `$.evaluations[1].items[${at('M3A1')}].notEvaluated.reason`,
    ]);
    const shaped = validateRecord(
      changed((r) => {
        const tutor = finalTutor(r);
        tutor.items = tutor.items.map((result) =>
          result.item === 'M3A2' ? { ...result, notEvaluated: { reason: 'Absent.' } } : result,
        );
      }),
    );
    expect(shaped.ok ? [] : shaped.problems.map((p) => p.code)).toEqual(['item_value']);
  });
});

describe('scored questions stay scored', () => {
  it('refuses a percentage on a right-or-wrong question of the questionnaire', () => {
    const record = changed((r) => {
      const trainer = r.evaluations.find((e) => e.evaluator.role === 'trainer');
      if (!trainer) throw new Error('no trainer');
      trainer.items[0] = { item: 'q-rc1', percentage: 70 };
    });
    const decision = deliberateRecord(record, context);
    if (decision.status !== 'invalid') throw new Error(`not refused: ${decision.status}`);
    expect(decision.problems.map((p) => `${p.code} ${p.path}`)).toContain(
      'wrong_result_kind $.evaluations[2].items[0]',
    );
  });

  it('refuses 0.7 point on a right-or-wrong question: right is 1, wrong is 0', () => {
    const record = changed((r) => {
      const trainer = r.evaluations.find((e) => e.evaluator.role === 'trainer');
      if (!trainer) throw new Error('no trainer');
      trainer.items[0] = { item: 'q-rc1', points: 0.7 };
    });
    const decision = deliberateRecord(record, context);
    if (decision.status !== 'invalid') throw new Error(`not refused: ${decision.status}`);
    expect(decision.problems.map((p) => p.path)).toContain('$.evaluations[2].items[0].points');
  });
});

describe('input errors are errors', () => {
  it('refuses an agreed percentage for a domain the referential does not have, with its path', () => {
    const record = changed((r) => {
      const president = r.evaluations.find((e) => e.evaluator.role === 'jury_president');
      if (!president?.agreed) throw new Error('no agreed percentages');
      president.agreed.RX = 80;
    });
    const decision = deliberateRecord(record, context);
    if (decision.status !== 'invalid') throw new Error(`not refused: ${decision.status}`);
    const index = record.evaluations.findIndex((e) => e.evaluator.role === 'jury_president');
    expect(decision.problems.map((p) => `${p.code} ${p.path}`)).toContain(
      `unknown_unit $.evaluations[${index}].agreed.RX`,
    );
  });
});
