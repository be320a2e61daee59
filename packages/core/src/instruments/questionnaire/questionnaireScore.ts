// The result of a questionnaire: a percentage per domain (issue 4, item 5), on the basis the
// instrument states — right answers / questions (seed 000, slide 18, the default) or points /
// max points. Items graded by hand and not yet graded count 0 and keep the result provisional.

import type { Item, QuestionnaireBasis, QuestionnaireResultRule } from '../schema.ts';
import { type ItemScore, isScored, scoreItem } from './itemScore.ts';
import type { Grades, Responses } from './responses.ts';

/** What scoring reads of a questionnaire; every Instrument is one. */
export interface QuestionnaireContent {
  sections: ReadonlyArray<{ domain?: string; items: readonly Item[] }>;
  result?: QuestionnaireResultRule;
}

export type DomainItemScore = ItemScore & { domain: string | null };

export interface DomainResult {
  /** The domain code; null for items tagged with none. */
  domain: string | null;
  questions: number;
  points: number;
  maxPoints: number;
  /** 0–100 on the questionnaire's basis; a floor while `final` is false. */
  percentage: number;
  final: boolean;
  /** Ids of the items awaiting an evaluator's grade. */
  pending: string[];
}

export interface QuestionnaireResult {
  basis: QuestionnaireBasis;
  items: DomainItemScore[];
  domains: DomainResult[];
  pending: string[];
  final: boolean;
}

function earned(score: ItemScore): number {
  return score.status === 'scored' ? score.points : 0;
}

function percentage(basis: QuestionnaireBasis, scores: readonly ItemScore[]): number {
  if (basis === 'questions') {
    const credit = scores.reduce((sum, score) => sum + earned(score) / score.maxPoints, 0);
    return (100 * credit) / scores.length;
  }
  const max = scores.reduce((sum, score) => sum + score.maxPoints, 0);
  return (100 * scores.reduce((sum, score) => sum + earned(score), 0)) / max;
}

function domainResult(
  basis: QuestionnaireBasis,
  domain: string | null,
  scores: readonly ItemScore[],
): DomainResult {
  const pending = scores.filter((score) => score.status === 'pending').map((s) => s.itemId);
  return {
    domain,
    questions: scores.length,
    points: scores.reduce((sum, score) => sum + earned(score), 0),
    maxPoints: scores.reduce((sum, score) => sum + score.maxPoints, 0),
    percentage: percentage(basis, scores),
    final: pending.length === 0,
    pending,
  };
}

/**
 * Every scored item's score, with the domain it counts in: its own, else its section's. An
 * unscored item (a survey question) has none and counts in no domain.
 */
export function itemScores(
  questionnaire: QuestionnaireContent,
  responses: Responses,
  grades: Grades = {},
): DomainItemScore[] {
  return questionnaire.sections.flatMap((section) =>
    section.items.filter(isScored).map((item) => ({
      ...scoreItem(item, responses[item.id], grades[item.id]),
      domain: item.domain ?? section.domain ?? null,
    })),
  );
}

/** Scores a questionnaire; domains come in the order their first item appears. */
export function scoreQuestionnaire(
  questionnaire: QuestionnaireContent,
  responses: Responses,
  grades: Grades = {},
): QuestionnaireResult {
  const basis = questionnaire.result?.basis ?? 'questions';
  const items = itemScores(questionnaire, responses, grades);
  const byDomain = new Map<string | null, DomainItemScore[]>();
  for (const score of items)
    byDomain.set(score.domain, [...(byDomain.get(score.domain) ?? []), score]);
  const domains = [...byDomain].map(([domain, scores]) => domainResult(basis, domain, scores));
  const pending = items.filter((score) => score.status === 'pending').map((s) => s.itemId);
  return { basis, items, domains, pending, final: pending.length === 0 };
}
