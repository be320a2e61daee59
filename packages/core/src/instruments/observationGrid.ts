// The tutor's observation grid generated from the activity referential (issue 4, item 2):
// one line per activity, grouped by mission, each counted in one domain. Seed 000 slide 18:
// the tutor appreciates "les différentes activités clés relatives au poste occupé, telles
// qu'elles sont décrites dans le référentiel emploi", on a grid adapted to the company — so
// the result is a draft to adapt, and the domain of each line can be overridden.
//
// Domain rule (ours; the seeds give activities no domain): an activity counts in the domain
// holding the most competences that it or one of its ancestors (its mission) `requires`
// (seed 000 slides 9-13 map each mission's activities to competences); a tie goes to the
// domain listed first in the referential. `domainOverrides` replaces the rule per activity.
import type { ReferentialNode, ReferentialVersion } from '../referential/index.ts';
import { type CodeLookup, codeProblem } from './itemChecks.ts';
import type { InstrumentProblem } from './problems.ts';
import type { AppreciationScale, Binding, Instrument, Item, Section } from './schema.ts';
import { ACTIVITY_TYPES, indexVersion, type VersionIndex } from './versionIndex.ts';

export interface ObservationGridOptions {
  binding: Binding;
  id?: string;
  version?: string;
  title?: string;
  /** The scale lines are scored on; by default a bare 0–100 % scale. */
  scale?: AppreciationScale;
  /** Activity code → domain code, replacing the rule for that activity. */
  domainOverrides?: Record<string, string>;
  /**
   * Activity code → savoir-faire codes given a line of their own under the activity, so that
   * the tutor scores them directly (a company's adaptation, issue 17 item 1): each line counts
   * in its savoir-faire's domain and scores it, never the activity's domain cell.
   */
  knowHowLines?: Record<string, string[]>;
}

export interface DomainChoice {
  activity: string;
  domain: string | undefined;
  /** Competences required per domain, the rule's evidence. */
  counts: Record<string, number>;
  by: 'rule' | 'override' | 'none';
}

export type GridGeneration =
  | { ok: true; instrument: Instrument; choices: DomainChoice[] }
  | { ok: false; problems: InstrumentProblem[] };

export const PERCENTAGE_SCALE: AppreciationScale = {
  id: 'percentage',
  title: "Pourcentage d'atteinte d'objectif",
  descriptorSets: [],
  levels: [{ value: 0 }, { value: 100 }],
};

/** Competences required by the activity or its activity-like ancestors, counted per domain. */
export function requiredByDomain(index: VersionIndex, activity: string): Record<string, number> {
  const sources = [
    activity,
    ...index
      .ancestors(activity)
      .filter((n) => ACTIVITY_TYPES.includes(n.type))
      .map((n) => n.code),
  ];
  const competences = new Set(sources.flatMap((code) => index.requires(code)));
  const counts: Record<string, number> = {};
  for (const code of competences) {
    const domain = index.domainOf(code);
    if (domain !== undefined) counts[domain] = (counts[domain] ?? 0) + 1;
  }
  return counts;
}

function chooseDomain(
  index: VersionIndex,
  activity: string,
  overrides: Record<string, string>,
): DomainChoice {
  const counts = requiredByDomain(index, activity);
  const override = overrides[activity];
  if (override !== undefined) return { activity, domain: override, counts, by: 'override' };
  const domainOrder = index.version.nodes.filter((n) => n.type === 'domain').map((n) => n.code);
  // Strictly more wins, so a tie keeps the domain listed first.
  let best: string | undefined;
  for (const domain of domainOrder) {
    if ((counts[domain] ?? 0) > (best === undefined ? 0 : (counts[best] ?? 0))) best = domain;
  }
  return { activity, domain: best, counts, by: best === undefined ? 'none' : 'rule' };
}

function overrideProblems(
  version: ReferentialVersion,
  overrides: Record<string, string>,
  knowHowLines: Record<string, string[]>,
): InstrumentProblem[] {
  const context: CodeLookup = { version, nodes: new Map(version.nodes.map((n) => [n.code, n])) };
  return [
    ...Object.entries(overrides).flatMap(([activity, domain]) => [
      ...codeProblem(context, activity, ['activity'], `$.domainOverrides.${activity}`),
      ...codeProblem(context, domain, ['domain'], `$.domainOverrides.${activity}`),
    ]),
    ...Object.entries(knowHowLines).flatMap(([activity, codes]) => [
      ...codeProblem(context, activity, ['activity'], `$.knowHowLines.${activity}`),
      ...codes.flatMap((code, i) =>
        codeProblem(context, code, ['competence'], `$.knowHowLines.${activity}[${i}]`),
      ),
    ]),
  ];
}

/** The line of a savoir-faire under its activity: it scores the savoir-faire itself. */
function knowHowLine(
  index: VersionIndex,
  activity: string,
  code: string,
  scale: AppreciationScale,
): Item {
  const domain = index.domainOf(code);
  return {
    type: 'observation',
    id: `${activity}.${code}`,
    ...(domain === undefined ? {} : { domain }),
    evaluates: [code],
    scoring: { model: 'scale_percentage', scale: scale.id },
    under: activity,
    observation: index.nodes.get(code)?.label ?? code,
    prompts: [],
  };
}

function line(activity: ReferentialNode, choice: DomainChoice, scale: AppreciationScale): Item {
  return {
    type: 'observation',
    id: activity.code,
    ...(choice.domain === undefined ? {} : { domain: choice.domain }),
    evaluates: [activity.code],
    scoring: { model: 'scale_percentage', scale: scale.id },
    observation: activity.label,
    prompts: [],
  };
}

function sections(
  index: VersionIndex,
  choices: Map<string, DomainChoice>,
  scale: AppreciationScale,
  knowHowLines: Record<string, string[]>,
): Section[] {
  const byParent = new Map<string, Section>();
  for (const activity of index.version.nodes.filter((n) => n.type === 'activity')) {
    const key = activity.parent ?? 'activities';
    const parent = activity.parent === undefined ? undefined : index.nodes.get(activity.parent);
    const section = byParent.get(key) ?? {
      id: key,
      ...(parent ? { title: parent.label } : {}),
      items: [],
    };
    const choice = choices.get(activity.code);
    if (choice) section.items.push(line(activity, choice, scale));
    for (const code of knowHowLines[activity.code] ?? [])
      section.items.push(knowHowLine(index, activity.code, code, scale));
    byParent.set(key, section);
  }
  return [...byParent.values()];
}

/** The tutor grid of `version`: one line per activity, in referential order. */
export function generateObservationGrid(
  version: ReferentialVersion,
  options: ObservationGridOptions,
): GridGeneration {
  const overrides = options.domainOverrides ?? {};
  const knowHowLines = options.knowHowLines ?? {};
  const problems = overrideProblems(version, overrides, knowHowLines);
  if (problems.length > 0) return { ok: false, problems };
  const index = indexVersion(version);
  const scale = options.scale ?? PERCENTAGE_SCALE;
  const choices = version.nodes
    .filter((n) => n.type === 'activity')
    .map((activity) => chooseDomain(index, activity.code, overrides));
  const instrument: Instrument = {
    format: 'certeval.instrument',
    formatVersion: 1,
    id: options.id ?? 'grille-observation-tuteur',
    version: options.version ?? '1',
    status: 'draft',
    kind: 'observation_grid',
    title: options.title ?? "Grille d'observation des activités (tuteur)",
    description:
      "Générée du référentiel d'activités : une ligne par activité, à adapter à l'entreprise et au poste (présentation du CQP, diapositive 18).",
    binding: options.binding,
    sources: [`référentiel, version ${version.id}`],
    scales: [scale],
    sections: sections(index, new Map(choices.map((c) => [c.activity, c])), scale, knowHowLines),
    discrepancies: [],
  };
  return { ok: true, instrument, choices };
}
