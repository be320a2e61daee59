// The score of one item from the candidate's response: closed items are scored here, by
// match_correct (right_wrong: all or nothing) or map_response (partial_credit); open items
// and every scale, acquis or manual scoring wait for an evaluator's grade.
import type { Item, Scoring } from '../schema.ts';
import { clamp, type KeyComparison, mapResponse, sameSequence, sameSet } from './mapResponse.ts';
import { type Grade, type ItemResponse, pairKey } from './responses.ts';

export type ItemScore =
  | { itemId: string; status: 'scored'; points: number; maxPoints: number }
  | { itemId: string; status: 'pending'; maxPoints: number };

/** The points a full answer earns. */
export function maxPoints(scoring: Scoring): number {
  switch (scoring.model) {
    case 'right_wrong':
    case 'acquis':
      return 1;
    case 'partial_credit':
      return scoring.max;
    case 'manual':
      return scoring.maxPoints ?? 1;
    case 'scale_percentage':
      return 100;
  }
}

type ClosedItem = Extract<
  Item,
  { type: 'single_choice' | 'multiple_choice' | 'ordering' | 'matching' | 'text_entry' }
>;

function isAutoScored(item: Item): item is ClosedItem {
  const closedModel =
    item.scoring.model === 'right_wrong' || item.scoring.model === 'partial_credit';
  return closedModel && item.type !== 'open' && item.type !== 'observation';
}

/** The response as keys, or undefined when it is empty or of another kind than the item's. */
function responseKeys(item: ClosedItem, response: ItemResponse | undefined): string[] | undefined {
  if (response === undefined) return undefined;
  const keys =
    item.type === 'matching'
      ? response.kind === 'pairs'
        ? response.pairs.map(pairKey)
        : undefined
      : item.type === 'text_entry'
        ? response.kind === 'text' && response.text !== ''
          ? [response.text]
          : undefined
        : response.kind === 'choices'
          ? [...response.ids]
          : undefined;
  return keys === undefined || keys.length === 0 ? undefined : keys;
}

function comparison(item: ClosedItem): KeyComparison {
  return item.type === 'text_entry' ? { caseSensitive: item.caseSensitive ?? true } : {};
}

/** match_correct: the response is the right answer, whole. */
export function isCorrect(item: ClosedItem, keys: readonly string[]): boolean {
  switch (item.type) {
    case 'ordering':
      return sameSequence(keys, item.correct);
    case 'matching':
      return sameSet(keys, item.correct.map(pairKey));
    case 'text_entry':
      return keys.length === 1 && sameSet(keys, [item.correct], comparison(item));
    default:
      return sameSet(keys, item.correct);
  }
}

function autoPoints(item: ClosedItem, response: ItemResponse | undefined): number {
  const keys = responseKeys(item, response);
  if (keys === undefined) return 0;
  if (item.scoring.model === 'partial_credit')
    return mapResponse(keys, item.scoring, comparison(item));
  return isCorrect(item, keys) ? 1 : 0;
}

/** Scores one item; a grade counts only for an item graded by hand, clamped to its points. */
export function scoreItem(
  item: Item,
  response: ItemResponse | undefined,
  grade?: Grade,
): ItemScore {
  const max = maxPoints(item.scoring);
  if (isAutoScored(item)) {
    return {
      itemId: item.id,
      status: 'scored',
      points: autoPoints(item, response),
      maxPoints: max,
    };
  }
  if (grade === undefined) return { itemId: item.id, status: 'pending', maxPoints: max };
  return { itemId: item.id, status: 'scored', points: clamp(grade.points, 0, max), maxPoints: max };
}
