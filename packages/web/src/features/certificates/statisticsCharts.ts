// The statistics shaped for the charts: one row per bar group, one key per series.
import {
  type CertificateStatistics,
  PERCENTAGE_BUCKETS,
} from '@certeval/core/certificates/statistics';

export type ChartRow = Record<string, string | number>;

/** Documents per year, certification or company: certificates and attestations side by side. */
export function countRows<
  T extends { certificates: number; attestations: number; revoked: number },
>(rows: readonly T[], label: (row: T) => string): ChartRow[] {
  return rows.map((row) => ({
    label: label(row),
    certificates: row.certificates,
    attestations: row.attestations,
    revoked: row.revoked,
  }));
}

/** Pass rate of each unit, labelled by its certification when there are several. */
export function passRateRows(stats: CertificateStatistics): ChartRow[] {
  const several = new Set(stats.passRates.map((r) => r.certification)).size > 1;
  return stats.passRates.map((r) => ({
    label: several ? `${r.certification} · ${r.unit}` : r.unit,
    rate: r.rate,
    passed: r.passed,
    decided: r.decided,
  }));
}

/** Per certification: one row per percentage bucket, one key per unit (how many candidates). */
export function distributionCharts(stats: CertificateStatistics): Array<{
  certification: string;
  units: Array<{ code: string; label: string }>;
  rows: ChartRow[];
}> {
  const byCertification = new Map<string, CertificateStatistics['distribution']>();
  for (const entry of stats.distribution) {
    byCertification.set(entry.certification, [
      ...(byCertification.get(entry.certification) ?? []),
      entry,
    ]);
  }
  return [...byCertification].map(([certification, entries]) => ({
    certification,
    units: entries.map((e) => ({ code: e.unit, label: e.label })),
    rows: PERCENTAGE_BUCKETS.map((bucket, i) => ({
      label: bucket,
      ...Object.fromEntries(entries.map((e) => [e.unit, e.buckets[i] ?? 0])),
    })),
  }));
}

/**
 * The series that draw a bar somewhere (issue 16, item 8): a series at zero in every row keeps
 * an empty place beside the others, so that one certificate's bar stood off the middle of its
 * year. Its numbers stay in the chart's table; when nothing is drawn, every series stays.
 */
export function drawnSeries<S extends { name: string }>(rows: ChartRow[], series: S[]): S[] {
  const drawn = series.filter((s) =>
    rows.some((row) => typeof row[s.name] === 'number' && row[s.name] !== 0),
  );
  return drawn.length > 0 ? drawn : series;
}
