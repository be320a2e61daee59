// One recorded item result as the engine reads it: a percentage (an item scored by judgement:
// a scale, a manual grade), questionnaire points as a share of the item's maximum ("nombre de
// réponses justes / nombre de questions", seed 000 slide 18), Acquis / Non acquis, or nothing
// when it is marked « non évalué » with a reason. A closed question's score comes from its
// answer key (issue 17, item 3): right or wrong is 1 or 0 point, never a percentage typed in.
import type { Outcome, Scale } from '../deliberation/index.ts';
import type { Item } from '../instruments/index.ts';
import { type RecordProblem, recordMessages, recordProblem } from './problems.ts';
import type { RecordItemResult } from './recordSchema.ts';

export type ItemValue = { score: number } | { result: Outcome };

/** The points an item is scored out of; undefined when it is given as a percentage only. */
export function itemMaxPoints(item: Item): number | undefined {
  switch (item.scoring.model) {
    case 'right_wrong':
      return 1;
    case 'partial_credit':
    case 'response_cases':
      return item.scoring.max;
    case 'manual':
      return item.scoring.maxPoints;
    default:
      return undefined;
  }
}

/** A closed item: its score comes from its answer key, right or wrong or its scoring table. */
export function isKeyScored(item: Item): boolean {
  return item.scoring.model === 'right_wrong' || item.scoring.model === 'partial_credit';
}

/** The values a result gives, of percentage, outcome, points and « non évalué »: one is right. */
export function givenValues(result: RecordItemResult): unknown[] {
  return [result.percentage, result.outcome, result.points, result.notEvaluated].filter(
    (v) => v !== undefined,
  );
}

function expected(item: Item): string {
  if (item.scoring.model === 'acquis') return 'outcome';
  if (item.scoring.model === 'scale_percentage') return 'percentage';
  if (isKeyScored(item)) return 'points';
  return itemMaxPoints(item) === undefined ? 'percentage' : 'points | percentage';
}

const wrongKind = (path: string, kind: string) =>
  recordProblem('wrong_result_kind', path, recordMessages.wrongKind(kind));

function pointsValue(item: Item, points: number, path: string): ItemValue | RecordProblem {
  const max = itemMaxPoints(item) ?? 0;
  if (points > max)
    return recordProblem(
      'score_out_of_range',
      `${path}.points`,
      recordMessages.outOfRange(points, max),
    );
  if (item.scoring.model === 'right_wrong' && points !== 0 && points !== 1)
    return recordProblem('wrong_result_kind', `${path}.points`, recordMessages.rightOrWrong());
  return { score: (100 * points) / max };
}

/**
 * The value of one result, null when it is marked « non évalué », or why it cannot be read;
 * `path` locates the result.
 */
export function itemValue(
  item: Item,
  result: RecordItemResult,
  scale: Scale,
  path: string,
): ItemValue | RecordProblem | null {
  if (result.notEvaluated !== undefined && givenValues(result).length === 1) return null;
  const want = expected(item);
  if (result.percentage !== undefined && isKeyScored(item))
    return recordProblem('wrong_result_kind', path, recordMessages.keyScored());
  let value: ItemValue | RecordProblem | undefined;
  if (result.outcome !== undefined && want === 'outcome')
    value = { result: result.outcome === 'acquis' ? 'acquired' : 'not_acquired' };
  if (result.percentage !== undefined && want.includes('percentage'))
    value = { score: result.percentage };
  if (result.points !== undefined && want.includes('points'))
    value = pointsValue(item, result.points, path);
  if (value === undefined) return wrongKind(path, want);
  if ('code' in value) return value;
  // The rule set reads this instrument on one scale: a percentage cannot pass for Acquis.
  if (scale === 'outcome' && 'score' in value) return wrongKind(path, 'outcome');
  if (scale === 'percentage' && 'result' in value) return wrongKind(path, 'percentage | points');
  return value;
}
