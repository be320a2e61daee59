// Positioning (issue 5, item 4; seed 000, slide 3): an initial evaluation on the tutor grid
// gives, per competence, the score reached, the gap to the level the certification requires,
// and a suggested training plan that the pilot or tutor then edits.
import { coverage, type Instrument } from '../instruments/index.ts';
import type { CompetenceKind, ReferentialVersion } from '../referential/index.ts';
import { instrumentItems } from './evaluationItems.ts';

export interface CompetencePosition {
  competence: string;
  label: string;
  kind: CompetenceKind | undefined;
  domain: string | undefined;
  /** Mean percentage of the items that evaluate it; null when none was rated. */
  score: number | null;
  target: number;
  /** How far below the target; the whole target when nothing was observed. */
  gap: number;
  items: string[];
}

export const PLAN_MODALITIES = ['training', 'tutoring', 'coaching'] as const;
export type PlanModality = (typeof PLAN_MODALITIES)[number];

export const planModalityLabels: Record<PlanModality, { fr: string; en: string }> = {
  training: { fr: 'Formation', en: 'Training course' },
  tutoring: { fr: 'Tutorat en situation de travail', en: 'Tutoring at the workstation' },
  coaching: { fr: 'Accompagnement', en: 'Coaching' },
};

export interface PlanEntry {
  competence: string;
  label: string;
  domain?: string;
  modality: PlanModality;
  priority: 'high' | 'normal';
  hours?: number;
  note?: string;
}

export interface Positioning {
  target: number;
  competences: CompetencePosition[];
  plan: PlanEntry[];
}

// Knowledge is taught, know-how is learnt at the workstation with the tutor, aptitudes are
// accompanied (seed 000, slide 3: "formation (stages, tutorat, autres)").
const modalityOf = (kind: CompetenceKind | undefined): PlanModality =>
  kind === 'knowledge' ? 'training' : kind === 'aptitude' ? 'coaching' : 'tutoring';

/**
 * `target` is the level a domain needs: 70 by default, the CQP AGC's "supérieure à 70"
 * (seed 000, slide 19). Below `floor` (the 30 a savoir-faire needs) a gap is high priority.
 */
export function positionCandidate(
  instrument: Instrument,
  referential: ReferentialVersion,
  results: ReadonlyArray<{ item: string; percentage?: number }>,
  options: { target?: number; floor?: number } = {},
): Positioning {
  const target = options.target ?? 70;
  const floor = options.floor ?? 30;
  const rated = new Map(
    results.flatMap((r) => (r.percentage === undefined ? [] : [[r.item, r.percentage] as const])),
  );
  const known = new Set(instrumentItems(instrument).map((item) => item.id));
  const labels = new Map(referential.nodes.map((node) => [node.code, node.label]));
  const competences = coverage([instrument], referential).rows.flatMap(
    (row): CompetencePosition[] => {
      const items = row.cells.flatMap((cell) => [
        ...cell.direct,
        ...cell.indirect.map((i) => i.item),
      ]);
      const unique = [...new Set(items)].filter((id) => known.has(id));
      if (unique.length === 0) return [];
      const scores = unique.flatMap((id) => (rated.has(id) ? [rated.get(id) as number] : []));
      const score =
        scores.length === 0 ? null : scores.reduce((sum, value) => sum + value, 0) / scores.length;
      return [
        {
          competence: row.competence,
          label: labels.get(row.competence) ?? row.competence,
          kind: row.kind,
          domain: row.domain,
          score,
          target,
          gap: score === null ? target : Math.max(0, target - score),
          items: unique,
        },
      ];
    },
  );
  const plan = competences
    .filter((c) => c.gap > 0)
    .sort((a, b) => b.gap - a.gap || a.competence.localeCompare(b.competence))
    .map(
      (c): PlanEntry => ({
        competence: c.competence,
        label: c.label,
        ...(c.domain && { domain: c.domain }),
        modality: modalityOf(c.kind),
        priority: c.score === null || c.score < floor ? 'high' : 'normal',
      }),
    );
  return { target, competences, plan };
}
