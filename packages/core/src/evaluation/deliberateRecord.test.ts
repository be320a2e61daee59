import { describe, expect, it } from 'vitest';
import { deliberateRecord, locateReasons } from './deliberateRecord.ts';
import { evidenceFromRecord } from './evidenceFromRecord.ts';
import type { EvaluationRecord } from './recordSchema.ts';
import {
  ADAPTED_GRID,
  adaptedTutorGrid,
  cqpContext,
  readRepoFile,
  sampleRecord,
} from './testSupport.testing.ts';

const context = cqpContext();

function changed(change: (record: EvaluationRecord) => void): EvaluationRecord {
  const record = sampleRecord();
  change(record);
  return record;
}

const problemsOf = (record: EvaluationRecord, ctx = context) => {
  const result = evidenceFromRecord(record, ctx);
  return result.ok ? [] : result.problems.map((p) => `${p.code} ${p.path}`);
};

describe('the sample record (data/examples/evaluation-record-cqp-agc.json)', () => {
  const decision = deliberateRecord(sampleRecord(), context);

  it('is decided: CQP not awarded, OT failing on the jury’s 45 % although its mean is above 70', () => {
    if (decision.status !== 'decided') throw new Error(JSON.stringify(decision));
    expect(decision.units.map((u) => [u.unit, u.passed])).toEqual([
      ['R', true],
      ['PO', true],
      ['OT', false],
    ]);
    expect(decision.explanation.map((line) => line.fr)).toContain(
      'Outil / Organisation du travail (OT) non validé : jury 45 % < 50 % minimum',
    );
    expect(decision.explanation.map((line) => line.en)).toContain(
      'Outil / Organisation du travail (OT): mean (tutor, trainer, jury) 74.81% > 70%',
    );
    expect(decision.overall.summary).toEqual({ fr: 'CQP non attribué', en: 'CQP not awarded' });
  });

  it('puts the final tutor grid, the questionnaire and the agreed jury percentages in the grid', () => {
    if (decision.status !== 'decided') throw new Error('undecided');
    // Tutor R is 80: the continuous grid (M3A2 at 30 %) does not count.
    expect(decision.grid.rows.map((row) => row.map((v) => Math.round(v ?? -1)))).toEqual([
      [80, 75, 85],
      [86, 76, 94],
      [75, 70, 45],
    ]);
    expect(Object.values(decision.competenceScores).every((s) => s !== null && s >= 30)).toBe(true);
    expect(decision.counted.map((c) => c.countsAs)).toEqual([
      'tutor',
      'trainer',
      'jury',
      'jury',
      'jury',
    ]);
  });

  it('is recorded on the adapted tutor grid published beside it', () => {
    expect(JSON.parse(readRepoFile(ADAPTED_GRID))).toEqual(adaptedTutorGrid());
  });

  it('is decided on the national tutor grid as well: it counts lines in PO', () => {
    const onNational = changed((r) => {
      for (const e of r.evaluations)
        if (e.evaluator.role === 'tutor') {
          e.instrument.id = 'cqp-agc-tutor-grid';
          // The company's own line for RSF8 is not on the national grid.
          e.items = e.items.filter((result) => result.item !== 'M3A5.RSF8');
        }
    });
    const decision = deliberateRecord(onNational, context);
    if (decision.status !== 'decided') throw new Error(JSON.stringify(decision));
    // The tutor's row (R, PO, OT): the same lines, M2A1, M2A4 and M2A5 counted in PO there.
    expect(decision.grid.rows[0]?.map((v) => Math.round(v ?? -1))).toEqual([80, 79, 85]);
    expect(decision.overall.summary.en).toBe('CQP not awarded');
  });
});

describe('evidenceFromRecord', () => {
  it('lets the agreed percentage of a domain replace the mean of the members’ items', () => {
    const result = evidenceFromRecord(sampleRecord(), context);
    const jury = result.ok ? result.value.evidence.instruments[2] : undefined;
    expect(jury?.unitScores).toEqual({ R: 75, PO: 70, OT: 45 });
    // The members' items stay, as evidence of the savoir-faire they evaluate only.
    expect(jury?.items?.length).toBe(14);
    expect(jury?.items?.every((item) => item.countsInUnit === false)).toBe(true);
    const withoutOT = changed((r) => {
      if (r.evaluations[5]) r.evaluations[5].agreed = { R: 75, PO: 70 };
    });
    const decision = deliberateRecord(withoutOT, context);
    // OT from the members' six observations: (50 + 30 + 50 + 30 + 50 + 30) / 6.
    expect(decision.status === 'decided' && decision.grid.rows[2]).toEqual([75, 70, 40]);
  });

  it('locates an unknown item, points above the maximum and an instrument of another version', () => {
    const record = changed((r) => {
      const [, tutor, trainer, member] = r.evaluations;
      if (tutor?.items[0]) tutor.items[0].item = 'M9A9';
      if (trainer?.items[3]) trainer.items[3].points = 3;
      if (member) member.instrument.version = '2';
    });
    expect(problemsOf(record)).toEqual([
      'unknown_item $.evaluations[1].items[0].item',
      // M1A1 then has no result in the final tutor grid.
      'incomplete_evaluation $.evaluations[1].items',
      'score_out_of_range $.evaluations[2].items[3].points',
      'unknown_instrument $.evaluations[3].instrument',
    ]);
  });

  it('refuses an instrument bound to another certification, and one the rule set cannot count', () => {
    const [grid, , questionnaire, jury] = context.instruments;
    if (!grid || !questionnaire || !jury) throw new Error('instruments');
    const instruments = [
      { ...grid, binding: { certification: 'cqp-agc', version: '0' } },
      { ...questionnaire, kind: 'case_study' as const },
      jury,
    ];
    expect(problemsOf(sampleRecord(), { ...context, instruments })).toEqual([
      'instrument_not_bound $.evaluations[0].instrument',
      'instrument_not_bound $.evaluations[1].instrument',
      'unmapped_instrument $.evaluations[2].instrument',
    ]);
  });

  it('follows an explicit mapping over the instrument’s kind', () => {
    const record = changed((r) => {
      r.evaluations = r.evaluations.filter((e) => e.evaluator.role !== 'trainer');
    });
    const mapped = { ...context, countsAs: { 'cqp-agc-jury-guide': 'trainer' } };
    const result = evidenceFromRecord(record, mapped);
    expect(result.ok && result.value.counted.map((c) => c.countsAs)).toEqual([
      'tutor',
      'trainer',
      'trainer',
      'trainer',
    ]);
  });

  it('locates the engine’s reasons on the record item they come from', () => {
    const reason = {
      code: 'wrong_scale' as const,
      at: { instrument: 'jury', item: 1 },
      message: { fr: 'x', en: 'x' },
    };
    expect(locateReasons([reason], { jury: ['$.a', '$.b'] })[0]?.path).toBe('$.b');
  });
});
