// One recorded item result as the engine reads it: a percentage (scale items as given,
// questionnaire points as a share of the item's maximum — "nombre de bonnes réponses / nombre
// de questions", seed 000 slide 18) or Acquis / Non acquis.
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

function expected(item: Item): string {
  if (item.scoring.model === 'acquis') return 'outcome';
  if (item.scoring.model === 'scale_percentage') return 'percentage';
  return itemMaxPoints(item) === undefined ? 'percentage' : 'points | percentage';
}

const wrongKind = (path: string, kind: string) =>
  recordProblem('wrong_result_kind', path, recordMessages.wrongKind(kind));

/** The value of one result, or why it cannot be read; `path` locates the result. */
export function itemValue(
  item: Item,
  result: RecordItemResult,
  scale: Scale,
  path: string,
): ItemValue | RecordProblem {
  const want = expected(item);
  let value: ItemValue | undefined;
  if (result.outcome !== undefined && want === 'outcome')
    value = { result: result.outcome === 'acquis' ? 'acquired' : 'not_acquired' };
  if (result.percentage !== undefined && want.includes('percentage'))
    value = { score: result.percentage };
  if (result.points !== undefined && want.includes('points')) {
    const max = itemMaxPoints(item) ?? 0;
    if (result.points > max)
      return recordProblem(
        'score_out_of_range',
        `${path}.points`,
        recordMessages.outOfRange(result.points, max),
      );
    value = { score: (100 * result.points) / max };
  }
  if (value === undefined) return wrongKind(path, want);
  // The rule set reads this instrument on one scale: a percentage cannot pass for Acquis.
  if (scale === 'outcome' && 'score' in value) return wrongKind(path, 'outcome');
  if (scale === 'percentage' && 'result' in value) return wrongKind(path, 'percentage | points');
  return value;
}
