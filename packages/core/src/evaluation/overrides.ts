// Scored questions stay scored (issue 17, item 3): a closed question answered online gets its
// points from its answer key ("nombre de réponses justes / nombre de questions", seed 000
// slide 18). A trainer or a jury member grading the evaluation may change such a score only by
// saying why: the result then carries `override` with the reason and the points the key gave,
// so that the item's history shows it as an override, never as a plain edit.
import type { Instrument } from '../instruments/index.ts';
import { isKeyScored } from './itemResult.ts';
import { type RecordProblem, recordMessages, recordProblem } from './problems.ts';
import type { RecordItemResult } from './recordSchema.ts';

export interface Overridden {
  /** The results to store: an override carries the key's points; a result equal to them, none. */
  items: RecordItemResult[];
  problems: RecordProblem[];
}

/**
 * The evaluator's results checked against the points the answer key gave (`computed`, scored
 * from the candidate's responses); `path` locates the results, e.g. body/items.
 */
export function withOverrides(
  instrument: Instrument,
  computed: readonly RecordItemResult[],
  given: readonly RecordItemResult[],
  path: string,
): Overridden {
  const closed = new Set(
    instrument.sections.flatMap((s) => s.items.filter(isKeyScored).map((item) => item.id)),
  );
  const key = new Map(
    computed.flatMap((r) =>
      r.points !== undefined && closed.has(r.item) ? [[r.item, r.points]] : [],
    ),
  );
  const problems: RecordProblem[] = [];
  const items = given.map((result, k) => {
    const points = key.get(result.item);
    const { override, ...plain } = result;
    if (points === undefined) return result;
    if (result.points === points) return plain;
    if (!override?.reason.trim()) {
      const message = recordMessages.overrideWithoutReason(result.item, points);
      problems.push(recordProblem('override_without_reason', `${path}[${k}]`, message));
      return result;
    }
    return { ...plain, override: { reason: override.reason.trim(), computed: points } };
  });
  return { items, problems };
}
