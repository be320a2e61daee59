// Progress in the follow-up booklet (issue 5, item 5): from a candidate's evaluations over
// time, one series per domain and per competence, for the booklet's chart.
import { coverage, type Instrument, type Item, maxPoints } from '../instruments/index.ts';
import type { ReferentialVersion } from '../referential/index.ts';

export interface ProgressEvaluation {
  id: string;
  date: string;
  kind: string;
  evaluatorRole: string;
  instrument: Instrument;
  items: ReadonlyArray<{ item: string; percentage?: number; points?: number }>;
}

export interface ProgressPoint {
  evaluation: string;
  date: string;
  kind: string;
  evaluatorRole: string;
  value: number;
}

export interface Progress {
  domains: Record<string, ProgressPoint[]>;
  competences: Record<string, ProgressPoint[]>;
}

/**
 * A result as a percentage: as given, or a questionnaire item's points as a share of its
 * maximum (seed 000, slide 18: right answers / questions). Acquis / Non acquis draws no point.
 */
function percentageOf(
  item: Item | undefined,
  result: { percentage?: number; points?: number },
): number | undefined {
  if (result.percentage !== undefined) return result.percentage;
  if (result.points === undefined || !item) return undefined;
  const max = maxPoints(item.scoring);
  return max > 0 ? (100 * result.points) / max : undefined;
}

const mean = (values: number[]) => values.reduce((sum, v) => sum + v, 0) / values.length;

function push(series: Record<string, ProgressPoint[]>, key: string, point: ProgressPoint) {
  series[key] = [...(series[key] ?? []), point];
}

/** Evaluations in date order; a domain or competence gets a point where items rated it. */
export function progressOf(
  evaluations: readonly ProgressEvaluation[],
  referential: ReferentialVersion,
): Progress {
  const progress: Progress = { domains: {}, competences: {} };
  const reachCache = new Map<Instrument, Map<string, string[]>>();
  const reachOf = (instrument: Instrument) => {
    const cached = reachCache.get(instrument);
    if (cached) return cached;
    const reach = new Map<string, string[]>();
    for (const row of coverage([instrument], referential).rows)
      for (const cell of row.cells)
        for (const item of [...cell.direct, ...cell.indirect.map((i) => i.item)])
          reach.set(item, [...new Set([...(reach.get(item) ?? []), row.competence])]);
    reachCache.set(instrument, reach);
    return reach;
  };
  const ordered = [...evaluations].sort(
    (a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id),
  );
  for (const evaluation of ordered) {
    const domainOf = new Map(
      evaluation.instrument.sections.flatMap((s) =>
        s.items.map((item) => [item.id, item.domain ?? s.domain] as const),
      ),
    );
    const reach = reachOf(evaluation.instrument);
    const items = new Map(
      evaluation.instrument.sections.flatMap((s) =>
        s.items.map((item) => [item.id, item] as const),
      ),
    );
    const byDomain = new Map<string, number[]>();
    const byCompetence = new Map<string, number[]>();
    for (const result of evaluation.items) {
      const value = percentageOf(items.get(result.item), result);
      if (value === undefined) continue;
      const domain = domainOf.get(result.item);
      if (domain) byDomain.set(domain, [...(byDomain.get(domain) ?? []), value]);
      for (const competence of reach.get(result.item) ?? [])
        byCompetence.set(competence, [...(byCompetence.get(competence) ?? []), value]);
    }
    const point = (values: number[]): ProgressPoint => ({
      evaluation: evaluation.id,
      date: evaluation.date,
      kind: evaluation.kind,
      evaluatorRole: evaluation.evaluatorRole,
      value: Math.round(mean(values) * 10) / 10,
    });
    for (const [domain, values] of byDomain) push(progress.domains, domain, point(values));
    for (const [code, values] of byCompetence) push(progress.competences, code, point(values));
  }
  return progress;
}
