// A jury member's grid → their percentage per domain: the "grille de report des appréciations
// individuelles" of seed 002. "Chaque membre du jury reprend ses notes et attribue un
// pourcentage d'atteinte d'objectif de 0 à 100% pour chaque observation", then "réalise la
// moyenne des pourcentages obtenus aux observations d'un même domaine et la reporte dans la
// grille de report". The observations, their domains and the scale come from the jury guide
// instrument (data/instruments/cqp-agc-jury-guide.yaml); every domain must be graded ("l'ensemble
// des domaines de compétences est balayé").
import type { AppreciationLevel, Instrument } from '../instruments/index.ts';
import { isPercentage, type JuryProblem, type JuryResult, juryProblem } from './problems.ts';

/** One member's percentage per observation (item id of the jury guide → 0-100). */
export interface MemberGrid {
  memberId: string;
  observations: Readonly<Record<string, number>>;
  /** The member's own notes, which the president sums up (seed 002). */
  comment?: string;
}

export interface GuideDomain {
  domain: string;
  /** The column heading of the report grid: "RELATION CLIENT / ARGUMENTATION". */
  label: string;
  /** Ids of the observations graded on a percentage scale, in the guide's order. */
  items: string[];
}

export interface DomainPercentage {
  domain: string;
  label: string;
  /** Mean of the graded observations of the domain. */
  percentage: number;
  graded: string[];
  /** Observations of the domain the member left blank (e.g. not observable at the post). */
  ungraded: string[];
}

export interface MemberReport {
  memberId: string;
  domains: DomainPercentage[];
  comment?: string;
}

/** The arithmetic mean, kept within the values' min and max against binary noise
 * ((0.1 + 0.1 + 0.1) / 3 is 0.10000000000000002). NaN for no value. */
export function boundedMean(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const min = Math.min(...values);
  const max = Math.max(...values);
  const mean = values.reduce((sum, v) => sum + v, 0) / values.length;
  return Math.min(max, Math.max(min, mean));
}

/** The domains of a jury guide, in the order of its report grid, with their observations. */
export function guideDomains(guide: Instrument): GuideDomain[] {
  const byDomain = new Map<string, GuideDomain>();
  for (const section of guide.sections)
    for (const item of section.items) {
      const domain = item.domain ?? section.domain;
      if (domain === undefined || item.scoring.model !== 'scale_percentage') continue;
      const entry = byDomain.get(domain) ?? {
        domain,
        label: section.title ?? domain,
        items: [],
      };
      entry.items.push(item.id);
      byDomain.set(domain, entry);
    }
  const report = guide.reportGrids?.find((grid) => grid.filledBy === 'each_evaluator');
  const order = report?.columns.map((c) => c.domain) ?? [];
  const label = (domain: string) => report?.columns.find((c) => c.domain === domain)?.label;
  const rank = (domain: string) => {
    const k = order.indexOf(domain);
    return k === -1 ? order.length : k;
  };
  return [...byDomain.values()]
    .map((d) => ({ ...d, label: label(d.domain) ?? d.label }))
    .sort((a, b) => rank(a.domain) - rank(b.domain));
}

/** The scale the observations are graded on (seed 002: 0 %, 30 %, 50 %, 70 %, 100 %), with
 * its descriptors; the values are indicative ("Des pourcentages intermédiaires sont proposés
 * à titre indicatif"): any percentage from 0 to 100 is accepted. */
export function guideScaleLevels(guide: Instrument): AppreciationLevel[] {
  const ids = new Set(
    guide.sections.flatMap((s) =>
      s.items.flatMap((i) => (i.scoring.model === 'scale_percentage' ? [i.scoring.scale] : [])),
    ),
  );
  return guide.scales.find((scale) => ids.has(scale.id))?.levels ?? [];
}

function observationProblems(guide: Instrument, grid: MemberGrid): JuryProblem[] {
  const gradable = new Set(guideDomains(guide).flatMap((d) => d.items));
  const known = new Set(guide.sections.flatMap((s) => s.items.map((i) => i.id)));
  const at = (item: string) => ({ member: grid.memberId, item, path: `$.observations.${item}` });
  return Object.entries(grid.observations).flatMap(([item, value]) => {
    if (!known.has(item))
      return [
        juryProblem('unknown_item', at(item), {
          fr: `${item} : observation inconnue du guide ${guide.id}`,
          en: `${item}: observation unknown to guide ${guide.id}`,
        }),
      ];
    if (!gradable.has(item))
      return [
        juryProblem('item_not_gradable', at(item), {
          fr: `${item} ne se note pas en pourcentage`,
          en: `${item} is not graded as a percentage`,
        }),
      ];
    if (!isPercentage(value))
      return [
        juryProblem('percentage_out_of_range', at(item), {
          fr: `${item} : ${String(value)} hors de 0-100 %`,
          en: `${item}: ${String(value)} outside 0-100%`,
        }),
      ];
    return [];
  });
}

/** The member's report grid, or why it cannot be made. */
export function memberReport(guide: Instrument, grid: MemberGrid): JuryResult<MemberReport> {
  const problems = observationProblems(guide, grid);
  const domains: DomainPercentage[] = [];
  for (const { domain, label, items } of guideDomains(guide)) {
    const graded = items.filter((item) => grid.observations[item] !== undefined);
    if (graded.length === 0) {
      problems.push(
        juryProblem(
          'domain_not_graded',
          { member: grid.memberId, domain },
          {
            fr: `${label} : aucune observation notée`,
            en: `${label}: no observation graded`,
          },
          "seed 002, AVANT L'EPREUVE JURY",
        ),
      );
      continue;
    }
    const percentage = boundedMean(graded.map((item) => grid.observations[item] ?? 0));
    const ungraded = items.filter((item) => !graded.includes(item));
    domains.push({ domain, label, percentage, graded, ungraded });
  }
  if (problems.length > 0) return { ok: false, problems };
  const comment = grid.comment?.trim();
  return {
    ok: true,
    value: { memberId: grid.memberId, domains, ...(comment ? { comment } : {}) },
  };
}
