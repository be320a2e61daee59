import { describe, expect, it } from 'vitest';
import {
  certificateStatistics,
  type DecidedCandidate,
  type IssuedDocument,
  statisticsCsv,
} from './statistics.ts';

const doc = (overrides: Partial<IssuedDocument> = {}): IssuedDocument => ({
  kind: 'certificate',
  certification: 'cqp-agc',
  certificationTitle: 'CQP Assistant(e) de gestion client',
  company: 'Biscuiterie des Trois Vallées',
  year: 2025,
  revoked: false,
  ...overrides,
});

const decided = (percentages: Record<string, number>, passed: boolean): DecidedCandidate => ({
  certification: 'cqp-agc',
  certificationTitle: 'CQP Assistant(e) de gestion client',
  year: 2025,
  passed,
  units: Object.entries(percentages).map(([code, percentage]) => ({
    code,
    label: code,
    passed: percentage > 70,
    percentage,
  })),
});

describe('the certifier’s statistics', () => {
  const stats = certificateStatistics(
    [
      doc(),
      doc({ kind: 'attestation' }),
      doc({ year: 2024, company: 'Confiserie Aubert' }),
      doc({ revoked: true }),
    ],
    [
      decided({ R: 80, OT: 45 }, false),
      decided({ R: 72, OT: 90 }, true),
      decided({ R: 100, OT: 71 }, true),
    ],
  );

  it('counts documents per year, certification and company, revoked ones apart', () => {
    expect(stats.byYear).toEqual([
      { year: 2024, certificates: 1, attestations: 0, revoked: 0 },
      { year: 2025, certificates: 1, attestations: 1, revoked: 1 },
    ]);
    expect(stats.byCompany.map((c) => c.company)).toEqual([
      'Biscuiterie des Trois Vallées',
      'Confiserie Aubert',
    ]);
    expect(stats.totals).toMatchObject({
      certificates: 2,
      attestations: 1,
      revoked: 1,
      decided: 3,
      awarded: 2,
    });
  });

  it('gives each unit’s pass rate and its percentages in tens, 100 in the last bucket', () => {
    expect(stats.passRates.map((r) => [r.unit, r.passed, r.decided, r.rate])).toEqual([
      ['R', 3, 3, 100],
      ['OT', 2, 3, 66.7],
    ]);
    expect(stats.distribution.find((d) => d.unit === 'R')?.buckets).toEqual([
      0, 0, 0, 0, 0, 0, 0, 1, 1, 1,
    ]);
  });

  it('gives a bloc validated on its own a pass rate but no spread: it has no percentage', () => {
    const vae: DecidedCandidate = {
      ...decided({ R: 80, PO: 75, OT: 40 }, false),
      units: [
        ...decided({ R: 80, PO: 75, OT: 40 }, false).units,
        { code: 'RNCP28795BC03', label: 'Proposer des solutions', passed: true, percentage: null },
        { code: 'RNCP28795BC01', label: 'Organiser', passed: false, percentage: null },
      ],
    };
    const withBlocs = certificateStatistics([], [vae, decided({ R: 90, PO: 90, OT: 90 }, true)]);
    expect(withBlocs.passRates.map((r) => [r.unit, r.passed, r.decided])).toEqual([
      ['R', 2, 2],
      ['PO', 2, 2],
      ['OT', 1, 2],
      ['RNCP28795BC03', 1, 1],
      ['RNCP28795BC01', 0, 1],
    ]);
    expect(withBlocs.distribution.map((d) => d.unit)).toEqual(['R', 'PO', 'OT']);
  });

  it('writes CSV in French with ";" and a decimal comma, in English with ","', () => {
    const fr = statisticsCsv(stats, 'pass-rates', 'fr');
    expect(fr.startsWith('\uFEFFCertification;Unité;Libellé')).toBe(true);
    expect(fr).toContain('cqp-agc;OT;OT;3;2;66,7\r\n');
    expect(statisticsCsv(stats, 'years', 'en')).toContain('2025,1,1,1\r\n');
  });

  it('keeps a company name that starts like a formula from running in a spreadsheet', () => {
    const csv = statisticsCsv(
      certificateStatistics([doc({ company: '=HYPERLINK("x")' })], []),
      'companies',
    );
    expect(csv).toContain(`"'=HYPERLINK(""x"")"`);
  });
});
