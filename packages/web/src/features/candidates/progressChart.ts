// The booklet's progress chart (issue 5, item 5), pure: the server's series per domain turned
// into one row per evaluation (the chart's x axis, in date order) with a value per domain it
// rated — the same rows feed the chart and its table alternative.
import type { ProgressPoint } from '@certeval/core/candidates/progress';

export type ProgressRow = {
  evaluation: string;
  date: string;
  kind: string;
  evaluatorRole: string;
  values: Record<string, number>;
};

export function progressRows(series: Record<string, ProgressPoint[]>): ProgressRow[] {
  const rows = new Map<string, ProgressRow>();
  for (const [domain, points] of Object.entries(series)) {
    for (const p of points) {
      const row = rows.get(p.evaluation) ?? {
        evaluation: p.evaluation,
        date: p.date,
        kind: p.kind,
        evaluatorRole: p.evaluatorRole,
        values: {},
      };
      row.values[domain] = p.value;
      rows.set(p.evaluation, row);
    }
  }
  return [...rows.values()].sort(
    (a, b) => a.date.localeCompare(b.date) || a.evaluation.localeCompare(b.evaluation),
  );
}

/** The domains in the referential's order, then any the referential does not list. */
export function chartDomains(
  series: Record<string, ProgressPoint[]>,
  referentialOrder: readonly string[],
): string[] {
  const present = Object.keys(series).filter((d) => (series[d]?.length ?? 0) > 0);
  return [
    ...referentialOrder.filter((d) => present.includes(d)),
    ...present.filter((d) => !referentialOrder.includes(d)).sort(),
  ];
}
