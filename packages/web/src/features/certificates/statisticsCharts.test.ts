import type { CertificateStatistics } from '@certeval/core/certificates/statistics';
import { describe, expect, it } from 'vitest';
import { countRows, distributionCharts, drawnSeries, passRateRows } from './statisticsCharts.ts';

const stats: CertificateStatistics = {
  totals: { certificates: 2, attestations: 1, revoked: 0, decided: 3, awarded: 2 },
  byYear: [{ year: 2025, certificates: 2, attestations: 1, revoked: 0 }],
  byCertification: [],
  byCompany: [],
  passRates: [
    {
      certification: 'cqp-agc',
      title: 'CQP',
      unit: 'R',
      label: 'Relation',
      decided: 3,
      passed: 3,
      rate: 100,
    },
    {
      certification: 'cqp-agc',
      title: 'CQP',
      unit: 'OT',
      label: 'Outil',
      decided: 3,
      passed: 2,
      rate: 66.7,
    },
  ],
  distribution: [
    {
      certification: 'cqp-agc',
      unit: 'R',
      label: 'Relation',
      buckets: [0, 0, 0, 0, 0, 0, 0, 1, 1, 1],
    },
    {
      certification: 'cqp-agc',
      unit: 'OT',
      label: 'Outil',
      buckets: [0, 0, 0, 0, 1, 0, 0, 2, 0, 0],
    },
  ],
};

describe('statistics as chart rows', () => {
  it('puts certificates and attestations of a year side by side', () => {
    expect(countRows(stats.byYear, (r) => String(r.year))).toEqual([
      { label: '2025', certificates: 2, attestations: 1, revoked: 0 },
    ]);
  });

  it('labels pass rates by unit alone when there is one certification', () => {
    expect(passRateRows(stats).map((r) => [r.label, r.rate])).toEqual([
      ['R', 100],
      ['OT', 66.7],
    ]);
  });

  it('gives one row per bucket with each unit’s count', () => {
    const [chart] = distributionCharts(stats);
    expect(chart?.rows[7]).toEqual({ label: '70–79', R: 1, OT: 2 });
    expect(chart?.rows[9]).toEqual({ label: '90–100', R: 1, OT: 0 });
  });
});

describe('the series a chart draws', () => {
  const series = [{ name: 'attestations' }, { name: 'certificates' }, { name: 'revoked' }];

  it('leaves out a series at zero in every row, so that the others stand in the middle', () => {
    const rows = [{ label: '2026', attestations: 0, certificates: 1, revoked: 0 }];
    expect(drawnSeries(rows, series).map((s) => s.name)).toEqual(['certificates']);
  });

  it('keeps a series drawn in one row at least, in its order', () => {
    const rows = [
      { label: '2025', attestations: 0, certificates: 2, revoked: 0 },
      { label: '2026', attestations: 0, certificates: 1, revoked: 1 },
    ];
    expect(drawnSeries(rows, series).map((s) => s.name)).toEqual(['certificates', 'revoked']);
  });

  it('keeps every series when nothing is drawn', () => {
    expect(drawnSeries([{ label: '2026', attestations: 0 }], series)).toEqual(series);
  });
});
