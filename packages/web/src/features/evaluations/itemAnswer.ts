// How an evaluator answers one item, from its scoring model (instruments/schema.ts): a level
// of the appreciation scale (its descriptors as help), a free percentage when the scale is only
// its two ends, points up to the item's maximum for a questionnaire (right or wrong for a
// question scored so by its key), or Acquis / Non acquis.
import type { Instrument, Item } from '@certeval/core/instruments/schema';
import type { ItemResult, ItemValue } from './evaluationDraft.ts';

export type Level = {
  value: number;
  label: string | undefined;
  /** The descriptor of each situation, e.g. at the workstation / in questions and role plays. */
  descriptors: Array<{ situation: string; text: string }>;
};

export type AnswerInput =
  | { kind: 'levels'; levels: Level[] }
  | { kind: 'percentage' }
  | { kind: 'points'; max: number }
  | { kind: 'rightWrong' }
  | { kind: 'outcome' };

function scaleAnswer(item: Item, instrument: Instrument): AnswerInput {
  if (item.scoring.model !== 'scale_percentage') return { kind: 'percentage' };
  const { scale: id, descriptorSet } = item.scoring;
  const scale = instrument.scales.find((s) => s.id === id);
  if (!scale) return { kind: 'percentage' };
  const described = scale.levels.some((l) => l.label || l.band || l.descriptors);
  // A scale of its two ends only ("Pourcentage d'atteinte d'objectif", 0 to 100): any value.
  if (scale.levels.length <= 2 && !described) return { kind: 'percentage' };
  const sets = scale.descriptorSets.filter((s) => !descriptorSet || s.id === descriptorSet);
  return {
    kind: 'levels',
    levels: scale.levels.map((level) => ({
      value: level.value,
      label: level.label,
      descriptors: sets.flatMap((set) => {
        const text = level.descriptors?.[set.id];
        return text ? [{ situation: set.label, text }] : [];
      }),
    })),
  };
}

export function answerInput(item: Item, instrument: Instrument): AnswerInput {
  const { scoring } = item;
  switch (scoring.model) {
    case 'scale_percentage':
      return scaleAnswer(item, instrument);
    case 'acquis':
      return { kind: 'outcome' };
    case 'right_wrong':
      // Right (1 point) or wrong (0), as its answer key says: never a share (issue 17).
      return { kind: 'rightWrong' };
    case 'partial_credit':
    case 'response_cases':
      return { kind: 'points', max: scoring.max };
    case 'unscored':
      return { kind: 'points', max: 0 };
    case 'manual':
      return scoring.maxPoints === undefined
        ? { kind: 'percentage' }
        : { kind: 'points', max: scoring.maxPoints };
  }
}

/** The item's own words: what is observed, or the question asked. */
export function itemText(item: Item): string {
  return item.type === 'observation' ? item.observation : item.stem;
}

/** The value a result holds, if any. */
export function resultValue(result: ItemResult | undefined): ItemValue | null {
  if (result?.percentage !== undefined) return { percentage: result.percentage };
  if (result?.points !== undefined) return { points: result.points };
  if (result?.outcome !== undefined) return { outcome: result.outcome };
  if (result?.notEvaluated !== undefined) return { notEvaluated: result.notEvaluated };
  return null;
}

/** The levels of the appreciation scale (seed 002), offered as buttons on a free percentage. */
export const COMMON_LEVELS: readonly number[] = [0, 30, 50, 70, 100];
