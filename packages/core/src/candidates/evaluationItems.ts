// Checking one evaluation's item results against its instrument as it is filled (issue 5,
// item 6): every result names an item of the instrument, carries the kind of value its item
// takes (percentage, points, Acquis / Non acquis) within range, once. A draft may be partial;
// a submitted evaluation rates every item or marks it « non évalué » with a reason.
import { incompleteProblems, missingResults } from '../evaluation/completeness.ts';
import { givenValues, itemValue } from '../evaluation/itemResult.ts';
import type { RecordProblem } from '../evaluation/problems.ts';
import { recordMessages, recordProblem } from '../evaluation/problems.ts';
import { ItemResultSchema, type RecordItemResult } from '../evaluation/recordSchema.ts';
import type { Instrument, Item } from '../instruments/index.ts';
import { canonicalJson } from '../jury/minutes.ts';

export function instrumentItems(instrument: Instrument): Item[] {
  return instrument.sections.flatMap((section) => section.items);
}

// An instrument's items by id, built once per instrument object: a grid is checked at every
// autosave, against the same published instrument.
const itemsById = new WeakMap<Instrument, Map<string, Item>>();

function itemsOf(instrument: Instrument): Map<string, Item> {
  let items = itemsById.get(instrument);
  if (!items) {
    items = new Map(instrumentItems(instrument).map((item) => [item.id, item]));
    itemsById.set(instrument, items);
  }
  return items;
}

export function checkEvaluationItems(
  instrument: Instrument,
  results: readonly RecordItemResult[],
  options: { complete: boolean; path?: string },
): RecordProblem[] {
  const at = options.path ?? '$.items';
  const items = itemsOf(instrument);
  const problems: RecordProblem[] = [];
  const seen = new Set<string>();
  results.forEach((result, k) => {
    const path = `${at}[${k}]`;
    const item = items.get(result.item);
    if (!item) {
      problems.push(
        recordProblem(
          'unknown_item',
          `${path}.item`,
          recordMessages.unknownItem(result.item, instrument.id),
        ),
      );
      return;
    }
    if (seen.has(result.item))
      problems.push(
        recordProblem('duplicate_item', `${path}.item`, recordMessages.duplicateItem(result.item)),
      );
    seen.add(result.item);
    if (givenValues(result).length !== 1) {
      problems.push(recordProblem('item_value', path, recordMessages.itemValue()));
      return;
    }
    // « Non évalué » says why: a reason of spaces only says nothing (issue 16, item 4).
    if (result.notEvaluated !== undefined && result.notEvaluated.reason.trim() === '') {
      problems.push(
        recordProblem(
          'item_value',
          `${path}.notEvaluated.reason`,
          recordMessages.noReason(result.item),
        ),
      );
      return;
    }
    if (result.percentage !== undefined && (result.percentage < 0 || result.percentage > 100)) {
      problems.push(
        recordProblem(
          'score_out_of_range',
          `${path}.percentage`,
          recordMessages.outOfRange(result.percentage, 100),
        ),
      );
      return;
    }
    if (result.points !== undefined && result.points < 0) {
      problems.push(
        recordProblem(
          'score_out_of_range',
          `${path}.points`,
          recordMessages.outOfRange(result.points, 'max'),
        ),
      );
      return;
    }
    const scale = item.scoring.model === 'acquis' ? 'outcome' : 'percentage';
    const value = itemValue(item, result, scale, path);
    if (value !== null && 'code' in value) problems.push(value);
  });
  // Complete: every item has a result or is marked « non évalué » with a reason (issue 17).
  if (options.complete)
    problems.push(...incompleteProblems(missingResults(instrument, results), at));
  return problems;
}

export interface ItemChange {
  item: string;
  before?: RecordItemResult;
  after?: RecordItemResult;
}

// The fields of an item result, read off its schema: a field added there is compared too.
const FIELDS = Object.keys(ItemResultSchema.properties) as Array<keyof RecordItemResult>;
const KNOWN: ReadonlySet<string> = new Set(FIELDS);

/**
 * Whether two results of an item say the same thing, whatever the order of their fields (a
 * stored result comes back from jsonb with its keys in jsonb's order, not the writer's).
 */
function same(a: RecordItemResult | undefined, b: RecordItemResult | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  if (FIELDS.some((field) => a[field] !== b[field])) return false;
  const plain = (r: RecordItemResult) => Object.keys(r).every((key) => KNOWN.has(key));
  // A field the format does not know (an older or foreign record) is compared too.
  return (plain(a) && plain(b)) || canonicalJson(a) === canonicalJson(b);
}

/** Item by item, what a save changed: the audit trail shows it on each item (item 9). */
export function itemChanges(
  before: readonly RecordItemResult[],
  after: readonly RecordItemResult[],
): ItemChange[] {
  const old = new Map(before.map((r) => [r.item, r]));
  const next = new Map(after.map((r) => [r.item, r]));
  const ids = [...new Set([...old.keys(), ...next.keys()])];
  return ids.flatMap((item) => {
    const [b, a] = [old.get(item), next.get(item)];
    if (same(b, a)) return [];
    return [{ item, ...(b && { before: b }), ...(a && { after: a }) }];
  });
}
