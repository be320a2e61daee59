// Seed 002, "Dans un premier temps": each member's percentage per observation, then their mean
// per domain in the grille de report; and the president's side-by-side comparison with its
// spread and divergence flag, then the agreed percentages and the one synthesis comment.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Instrument } from '../instruments/index.ts';
import { agree, compareMembers, divergentDomains, suggestAgreement } from './comparison.ts';
import { cqpJuryRule, juryGuide } from './juryTestData.testing.ts';
import { guideDomains, guideScaleLevels, type MemberReport, memberReport } from './memberReport.ts';

const guide = juryGuide();
const threshold = cqpJuryRule().deliberation?.divergence.spread ?? Number.NaN;

function reportOf(memberId: string, observations: Record<string, number>): MemberReport {
  const result = memberReport(guide, { memberId, observations });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

const percentages = (report: MemberReport) =>
  report.domains.map((d) => [d.domain, Math.round(d.percentage * 100) / 100]);

/** The two members' grids of the sample record (data/examples), and a third member. */
const alain = () =>
  reportOf('p-vercors', {
    'R.1': 70,
    'R.2': 70,
    'R.3': 70,
    'PO.1': 70,
    'OT.1': 50,
    'OT.2': 30,
    'OT.3': 50,
  });
const nadia = () =>
  reportOf('p-benali', {
    'R.1': 70,
    'R.2': 100,
    'R.3': 70,
    'PO.1': 70,
    'OT.1': 30,
    'OT.2': 50,
    'OT.3': 30,
  });
const herve = () =>
  reportOf('p-lanoe', { 'R.1': 70, 'R.2': 70, 'PO.1': 50, 'OT.1': 70, 'OT.3': 70 });

describe('the grille de report of each member (seed 002)', () => {
  it("reads the guide's domains in the report grid's order, with their observations", () => {
    expect(guideDomains(guide).map((d) => [d.domain, d.label, d.items.join(' ')])).toEqual([
      ['R', 'RELATION CLIENT / ARGUMENTATION', 'R.1 R.2 R.3'],
      ['PO', 'PRODUITS / OFFRES COMMERCIALES', 'PO.1'],
      ['OT', 'OUTIL / ORGANISATION DU TRAVAIL', 'OT.1 OT.2 OT.3'],
    ]);
    expect(guideScaleLevels(guide).map((l) => l.value)).toEqual([0, 30, 50, 70, 100]);
  });

  it('averages the observations of each domain', () => {
    expect(percentages(alain())).toEqual([
      ['R', 70],
      ['PO', 70],
      ['OT', 43.33],
    ]);
    expect(percentages(nadia())).toEqual([
      ['R', 80],
      ['PO', 70],
      ['OT', 36.67],
    ]);
  });

  it('averages what was observed and lists what was not', () => {
    const ot = herve().domains[2];
    expect([ot?.percentage, ot?.graded, ot?.ungraded]).toEqual([70, ['OT.1', 'OT.3'], ['OT.2']]);
  });

  it('refuses an unknown observation, a percentage above 100 and a domain never graded', () => {
    const result = memberReport(guide, {
      memberId: 'p-vercors',
      observations: { 'R.1': 70, 'R.9': 50, 'OT.1': 120 },
    });
    expect(result.ok ? [] : result.problems.map((p) => [p.code, p.at.item ?? p.at.domain])).toEqual(
      [
        ['unknown_item', 'R.9'],
        ['percentage_out_of_range', 'OT.1'],
        ['domain_not_graded', 'PO'],
      ],
    );
  });

  it('refuses a line that is not graded as a percentage', () => {
    const changed = structuredClone(guide) as Instrument;
    const po = changed.sections[1]?.items[0];
    if (po) po.scoring = { model: 'manual' };
    const result = memberReport(changed, {
      memberId: 'm',
      observations: { 'R.1': 70, 'PO.1': 50, 'OT.1': 50 },
    });
    expect(result.ok ? [] : result.problems.map((p) => p.code)).toEqual(['item_not_gradable']);
  });

  it("keeps each member's domain mean within their lowest and highest observation", () => {
    const value = fc.oneof(
      fc.constantFrom(0, 30, 50, 70, 100),
      fc.double({ min: 0, max: 100, noNaN: true }),
    );
    const items = guideDomains(guide).flatMap((d) => d.items);
    fc.assert(
      fc.property(
        fc.array(value, { minLength: items.length, maxLength: items.length }),
        (values) => {
          const observations = Object.fromEntries(items.map((item, k) => [item, values[k] ?? 0]));
          for (const d of reportOf('m', observations).domains) {
            const own = d.graded.map((item) => observations[item] ?? Number.NaN);
            expect(d.percentage).toBeGreaterThanOrEqual(Math.min(...own));
            expect(d.percentage).toBeLessThanOrEqual(Math.max(...own));
          }
        },
      ),
    );
  });
});

describe("the president's comparison and the agreement (seed 002)", () => {
  const compared = () => {
    const result = compareMembers([alain(), nadia(), herve()], threshold);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    return result.value;
  };

  it('puts every member side by side and flags a spread above 20 points (not at 20)', () => {
    const comparison = compared();
    expect(threshold).toBe(20);
    expect(
      comparison.domains.map((d) => [
        d.domain,
        d.members.map((m) => Math.round(m.percentage)),
        Math.round(d.spread * 100) / 100,
        d.divergent,
      ]),
    ).toEqual([
      ['R', [70, 80, 70], 10, false],
      ['PO', [70, 70, 50], 20, false],
      ['OT', [43, 37, 70], 33.33, true],
    ]);
    expect(divergentDomains(comparison)).toEqual(['OT']);
  });

  it('offers the mean as a start, and records what the jury agreed with one comment', () => {
    const comparison = compared();
    expect(Object.values(suggestAgreement(comparison)).map(Math.round)).toEqual([73, 63, 50]);
    const result = agree(comparison, {
      percentages: { R: 75, PO: 'mean', OT: 45 },
      comment: '  Relation client solide ; organisation à consolider.  ',
    });
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.value.agreement.comment).toBe(
      'Relation client solide ; organisation à consolider.',
    );
    expect(result.value.agreement.percentages.R).toBe(75);
    expect(Math.round((result.value.agreement.percentages.PO ?? 0) * 100)).toBe(6333);
    expect(result.value.outsideMembersRange).toEqual([]);
  });

  it('flags a percentage agreed outside the members’ range without refusing it', () => {
    const result = agree(compared(), { percentages: { R: 90, PO: 60, OT: 45 }, comment: 'ok' });
    expect(result.ok && result.value.outsideMembersRange).toEqual(['R']);
  });

  it('refuses a missing or unknown domain, a percentage out of range and an empty comment', () => {
    const result = agree(compared(), { percentages: { R: 101, OT: 45, XX: 10 }, comment: ' ' });
    expect(result.ok ? [] : result.problems.map((p) => [p.code, p.at.domain ?? p.at.path])).toEqual(
      [
        ['unknown_domain', 'XX'],
        ['percentage_out_of_range', 'R'],
        ['missing_agreed_domain', 'PO'],
        ['comment_required', '$.comment'],
      ],
    );
  });

  it('refuses to compare without any report', () => {
    const result = compareMembers([], threshold);
    expect(result.ok ? [] : result.problems.map((p) => p.code)).toEqual(['no_report']);
  });

  it('taking the mean suggestion, every agreed percentage lies within the members’ min and max', () => {
    const pct = fc.oneof(
      fc.constantFrom(0, 30, 50, 70, 100),
      fc.double({ min: 0, max: 100, noNaN: true }),
    );
    const grid = fc.record({ 'R.1': pct, 'PO.1': pct, 'OT.1': pct, 'OT.2': pct });
    fc.assert(
      fc.property(fc.array(grid, { minLength: 1, maxLength: 5 }), (grids) => {
        const reports = grids.map((observations, k) => reportOf(`m${k}`, observations));
        const comparison = compareMembers(reports, threshold);
        if (!comparison.ok) throw new Error('no comparison');
        const result = agree(comparison.value, {
          percentages: { R: 'mean', PO: 'mean', OT: 'mean' },
          comment: 'Synthèse.',
        });
        if (!result.ok) throw new Error(JSON.stringify(result.problems));
        expect(result.value.outsideMembersRange).toEqual([]);
        for (const d of comparison.value.domains) {
          const agreed = result.value.agreement.percentages[d.domain] ?? Number.NaN;
          const values = d.members.map((m) => m.percentage);
          expect(agreed).toBeGreaterThanOrEqual(Math.min(...values));
          expect(agreed).toBeLessThanOrEqual(Math.max(...values));
          expect(d.divergent).toBe(d.spread > threshold);
        }
      }),
    );
  });
});
