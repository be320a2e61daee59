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

/** An evaluation's items, each with its domain and its result as a percentage, if any. */
function itemPercentages(
  instrument: Instrument,
  results: ProgressEvaluation['items'],
): Array<{ item: string; domain: string | undefined; value: number }> {
  const items = new Map(
    instrument.sections.flatMap((s) =>
      s.items.map((item) => [item.id, { item, domain: item.domain ?? s.domain }] as const),
    ),
  );
  return results.flatMap((result) => {
    const found = items.get(result.item);
    const value = percentageOf(found?.item, result);
    return value === undefined ? [] : [{ item: result.item, domain: found?.domain, value }];
  });
}

const tenth = (value: number) => Math.round(value * 10) / 10;

/**
 * An evaluation's result per domain, as the booklet draws it: the mean of its items' results
 * in each domain (seed 000, slide 18: a percentage of the objective reached per domain).
 */
export function domainResults(
  instrument: Instrument,
  results: ProgressEvaluation['items'],
): Array<{ domain: string; percentage: number }> {
  const byDomain = new Map<string, number[]>();
  for (const { domain, value } of itemPercentages(instrument, results))
    if (domain) byDomain.set(domain, [...(byDomain.get(domain) ?? []), value]);
  return [...byDomain].map(([domain, values]) => ({ domain, percentage: tenth(mean(values)) }));
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
    const reach = reachOf(evaluation.instrument);
    const byCompetence = new Map<string, number[]>();
    for (const { item, value } of itemPercentages(evaluation.instrument, evaluation.items))
      for (const competence of reach.get(item) ?? [])
        byCompetence.set(competence, [...(byCompetence.get(competence) ?? []), value]);
    const point = (value: number): ProgressPoint => ({
      evaluation: evaluation.id,
      date: evaluation.date,
      kind: evaluation.kind,
      evaluatorRole: evaluation.evaluatorRole,
      value,
    });
    for (const { domain, percentage } of domainResults(evaluation.instrument, evaluation.items))
      push(progress.domains, domain, point(percentage));
    for (const [code, values] of byCompetence)
      push(progress.competences, code, point(tenth(mean(values))));
  }
  return progress;
}
