// The score of one item from the candidate's response: closed items are scored here, by
// match_correct (right_wrong: all or nothing), map_response (partial_credit) or response rules
// (response_cases); open items and every scale, acquis or manual scoring wait for an
// evaluator's grade. An unscored item (a survey question) has no score: it counts nowhere.
import type { Item, ResponseCases, Scoring } from '../schema.ts';
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
    case 'response_cases':
      return scoring.max;
    case 'unscored':
      return 0;
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

const AUTO_SCORED: ReadonlyArray<Scoring['model']> = [
  'right_wrong',
  'partial_credit',
  'response_cases',
];

/** Whether the item is scored at all: a survey question is answered, never counted. */
export const isScored = (item: Item) => item.scoring.model !== 'unscored';

function isAutoScored(item: Item): item is ClosedItem {
  const closedModel = AUTO_SCORED.includes(item.scoring.model);
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

/** The same whole response: in order for an ordering item, as a set otherwise. */
function sameResponse(item: ClosedItem, keys: readonly string[], expected: readonly string[]) {
  if (item.type === 'ordering') return sameSequence(keys, expected);
  return sameSet(keys, expected, comparison(item));
}

/** response_cases: the first case equal to the response, else otherwise (+ its mapping). */
function casePoints(item: ClosedItem, scoring: ResponseCases, keys: string[] | undefined) {
  if (keys === undefined) return scoring.empty ?? 0;
  const matched = scoring.cases.find((c) => sameResponse(item, keys, c.response));
  if (matched) return matched.points;
  const mapped = scoring.mapping ? mapResponse(keys, scoring.mapping, comparison(item)) : 0;
  return scoring.otherwise + mapped;
}

function autoPoints(item: ClosedItem, response: ItemResponse | undefined): number {
  const keys = responseKeys(item, response);
  if (item.scoring.model === 'response_cases') return casePoints(item, item.scoring, keys);
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
