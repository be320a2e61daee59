// Properties of the CQP AGC rule (seed 000, slide 19) over generated candidates: the
// boundaries hold for any combination, raising a score never fails a validated domain or
// CQP, missing evidence is always undecidable, and the bulk path decides like the explained one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runBatch } from './batch.ts';
import { type BatchLayout, compileBatch, rowEvidence } from './batchLayout.ts';
import { type Deliberation, deliberate } from './deliberate.ts';
import { cqpEvidence, cqpRules } from './testSupport.testing.ts';

const rules = cqpRules();
/** Percentages with two decimals, as a grid would hold them. */
const pct = (min = 0, max = 100) =>
  fc.integer({ min: min * 100, max: max * 100 }).map((n) => n / 100);
const high = { R: 90, PO: 90, OT: 90 };

const otOf = (d: Deliberation) => {
  if (d.status !== 'decided') throw new Error(JSON.stringify(d.reasons));
  return d.units.find((u) => u.unit === 'OT')?.passed;
};
const ot = (tutor: number | number[], trainer: number, jury: number) =>
  otOf(
    deliberate(
      rules,
      cqpEvidence({
        tutor: { ...high, OT: tutor },
        trainer: { ...high, OT: trainer },
        jury: { ...high, OT: jury },
      }),
    ),
  );

describe('boundaries, for any combination', () => {
  it('a mean of exactly 70 never validates; 0.01 more does when each is at least 50', () => {
    fc.assert(
      fc.property(fc.integer({ min: 50, max: 100 }), fc.integer({ min: 50, max: 100 }), (t, r) => {
        const j = 210 - t - r;
        fc.pre(j >= 50 && j <= 99);
        expect(ot(t, r, j)).toBe(false);
        expect(ot(t, r, j + 0.03)).toBe(true); // mean 70.01
      }),
    );
  });

  it('an instrument at exactly 50 passes and at 49.99 fails, whatever the others', () => {
    fc.assert(
      fc.property(pct(81, 100), pct(81, 100), fc.integer({ min: 0, max: 2 }), (a, b, which) => {
        const cells = (low: number) => [a, b].toSpliced(which, 0, low) as [number, number, number];
        expect(ot(...cells(50))).toBe(true);
        expect(ot(...cells(49.99))).toBe(false);
      }),
    );
  });

  it('a savoir-faire at exactly 30 passes and at 29.99 fails', () => {
    fc.assert(
      fc.property(pct(95, 100), pct(95, 100), (other, cell) => {
        expect(ot([30, other], cell, cell)).toBe(true);
        expect(ot([29.99, other], cell, cell)).toBe(false);
      }),
    );
  });
});

/** A candidate as numbers: tutor per savoir-faire, trainer per domain (1-3 items), jury per domain. */
const candidate = fc.record({
  tutor: fc.record({
    R: fc.array(pct(), { minLength: 2, maxLength: 2 }),
    PO: fc.array(pct(), { minLength: 1, maxLength: 1 }),
    OT: fc.array(pct(), { minLength: 2, maxLength: 2 }),
  }),
  trainer: fc.record({
    R: fc.array(pct(), { minLength: 1, maxLength: 3 }),
    PO: fc.array(pct(), { minLength: 1, maxLength: 3 }),
    OT: fc.array(pct(), { minLength: 1, maxLength: 3 }),
  }),
  jury: fc.record({ R: pct(), PO: pct(), OT: pct() }),
});
type Candidate = typeof candidate extends fc.Arbitrary<infer T> ? T : never;

/** The candidate with one of its scores (picked among all) raised by `by`, capped at 100. */
function raise(c: Candidate, pick: number, by: number): Candidate {
  const copy: Candidate = structuredClone(c);
  const slots: Array<[Record<string, number> | number[], string | number]> = [];
  for (const list of [...Object.values(copy.tutor), ...Object.values(copy.trainer)])
    for (const k of list.keys()) slots.push([list, k]);
  for (const key of Object.keys(copy.jury)) slots.push([copy.jury, key]);
  const [target, key] = slots[pick % slots.length] ?? [copy.jury, 'R'];
  const record = target as Record<string | number, number>;
  record[key] = Math.min(100, (record[key] ?? 0) + by);
  return copy;
}

describe('monotonicity', () => {
  it('raising any score never turns a validated domain, or a validated CQP, into a failed one', () => {
    fc.assert(
      fc.property(candidate, fc.nat(), pct(0, 50), (c, pick, by) => {
        const before = deliberate(rules, cqpEvidence(c));
        const after = deliberate(rules, cqpEvidence(raise(c, pick, by)));
        if (before.status !== 'decided' || after.status !== 'decided')
          throw new Error('undecidable');
        before.units.forEach((unit, u) => {
          if (unit.passed) expect(after.units[u]?.passed).toBe(true);
        });
        if (before.overall.passed) expect(after.overall.passed).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('missing evidence is undecidable, never a pass or a fail', () => {
  it('a savoir-faire never evaluated', () => {
    fc.assert(
      fc.property(
        candidate,
        fc.constantFrom('RSF1', 'RSF2', 'POSF1', 'OTSF1', 'OTSF2'),
        (c, code) => {
          const evidence = cqpEvidence(c);
          const tutor = evidence.instruments[0];
          if (tutor?.items)
            tutor.items = tutor.items.map((item) => ({
              ...item,
              competences: item.competences?.filter((x) => x !== code),
            }));
          const d = deliberate(rules, evidence);
          expect(
            d.status === 'undecidable' && d.reasons.map((r) => [r.code, r.at.competence]),
          ).toEqual([['competence_not_evaluated', code]]);
        },
      ),
    );
  });

  it('a missing instrument', () => {
    fc.assert(
      fc.property(candidate, fc.constantFrom('tutor', 'trainer', 'jury'), (c, dropped) => {
        const evidence = cqpEvidence(c);
        evidence.instruments = evidence.instruments.filter((i) => i.instrument !== dropped);
        const d = deliberate(rules, evidence);
        expect(d.status).toBe('undecidable');
        if (d.status === 'undecidable')
          expect(d.reasons.map((r) => r.code)).toContain('missing_instrument');
      }),
    );
  });
});

describe('the bulk path', () => {
  const layout: BatchLayout = {
    columns: [
      ...['RSF1', 'RSF2'].map((code) => ({ instrument: 'tutor', unit: 'R', competences: [code] })),
      { instrument: 'tutor', unit: 'PO', competences: ['POSF1'] },
      ...['OTSF1', 'OTSF2'].map((code) => ({
        instrument: 'tutor',
        unit: 'OT',
        competences: [code],
      })),
      ...['R', 'PO', 'OT', 'OT'].map((unit) => ({
        instrument: 'trainer',
        unit,
        competences: unit === 'OT' ? ['OTSF1', 'OTSF2'] : [],
      })),
      ...['R', 'PO', 'OT'].map((unit) => ({
        instrument: 'jury',
        unit,
        kind: 'unit_score' as const,
      })),
    ],
  };
  const compiled = compileBatch(rules, layout);

  it('decides every candidate as deliberate does, out-of-range scores included', () => {
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.reasons));
    const value = fc.oneof(
      { weight: 20, arbitrary: pct(20, 100) },
      { weight: 1, arbitrary: fc.constantFrom(-1, 100.5, Number.NaN) },
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(value, { minLength: 12, maxLength: 12 }), {
          minLength: 1,
          maxLength: 20,
        }),
        (rows) => {
          const scores = Float64Array.from(rows.flat());
          const result = runBatch(compiled.batch, scores);
          rows.forEach((row, n) => {
            const d = deliberate(rules, rowEvidence(layout, row));
            const expected = d.status === 'undecidable' ? 2 : d.overall.passed ? 1 : 0;
            expect(result.status[n]).toBe(expected);
            if (d.status === 'decided')
              expect(Array.from(result.unitPassed.subarray(n * 3, n * 3 + 3))).toEqual(
                d.units.map((u) => (u.passed ? 1 : 0)),
              );
          });
        },
      ),
    );
  });

  it('refuses a layout that leaves a savoir-faire unevaluated or a cell empty', () => {
    const partial = compileBatch(rules, {
      columns: layout.columns.filter((c) => c.unit !== 'PO' || c.instrument !== 'tutor'),
    });
    expect(partial.ok === false && partial.reasons.map((r) => r.code)).toEqual([
      'unit_without_items',
      'competence_not_evaluated',
    ]);
  });
});
