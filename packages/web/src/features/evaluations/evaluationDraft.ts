// What an evaluator fills on one evaluation, as the save queue sends it: the item results, an
// overall comment and the date. Pure: editing one item, comparing two drafts (the server
// reorders the keys of what it stores), listing the items not rated yet.
import type { RecordItemResult, RecordOutcome } from '@certeval/core/evaluation/recordSchema';
import type { Instrument } from '@certeval/core/instruments/schema';

export type ItemResult = RecordItemResult;

export type EvaluationDraft = {
  items: ItemResult[];
  comment: string | null;
  date: string;
};

/**
 * The value of one item: exactly one of a percentage, points, Acquis / Non acquis, or « non
 * évalué » with its reason (issue 17).
 */
export type ItemValue =
  | { percentage: number }
  | { points: number }
  | { outcome: RecordOutcome }
  | { notEvaluated: { reason: string } };

function withoutValue(result: ItemResult): ItemResult {
  const { percentage: _p, points: _q, outcome: _o, notEvaluated: _n, ...rest } = result;
  return rest;
}

const hasValue = (r: ItemResult) =>
  r.percentage !== undefined ||
  r.points !== undefined ||
  r.outcome !== undefined ||
  r.notEvaluated !== undefined;

/** « Non évalué » is a result once its reason is given; a score changed from the key's needs one. */
const complete = (r: ItemResult) =>
  hasValue(r) &&
  (r.notEvaluated === undefined || r.notEvaluated.reason.trim() !== '') &&
  (r.override === undefined || r.override.reason.trim() !== '');

/** A result the server accepts: no empty comment, nothing left for an item without either. */
function tidy(result: ItemResult): ItemResult | undefined {
  const { comment, ...rest } = result;
  const kept: ItemResult = comment?.trim() ? { ...rest, comment } : rest;
  return hasValue(kept) || kept.comment !== undefined ? kept : undefined;
}

function replaceItem(
  draft: EvaluationDraft,
  item: string,
  change: (current: ItemResult) => ItemResult,
): EvaluationDraft {
  const current = draft.items.find((r) => r.item === item) ?? { item };
  const next = tidy(change(current));
  const others = draft.items.filter((r) => r.item !== item);
  const index = draft.items.findIndex((r) => r.item === item);
  if (!next) return { ...draft, items: others };
  if (index < 0) return { ...draft, items: [...draft.items, next] };
  return { ...draft, items: draft.items.map((r) => (r.item === item ? next : r)) };
}

/** Sets (or clears, with null) the value of one item, keeping its comment. */
export function setItemValue(
  draft: EvaluationDraft,
  item: string,
  value: ItemValue | null,
): EvaluationDraft {
  return replaceItem(draft, item, (current) => ({ ...withoutValue(current), ...(value ?? {}) }));
}

/** The reason for changing a closed question's score from its key's; empty removes it. */
export function setItemOverride(
  draft: EvaluationDraft,
  item: string,
  reason: string,
): EvaluationDraft {
  return replaceItem(draft, item, ({ override: _o, ...current }) =>
    reason === '' ? current : { ...current, override: { reason } },
  );
}

export function setItemComment(
  draft: EvaluationDraft,
  item: string,
  comment: string,
): EvaluationDraft {
  return replaceItem(draft, item, (current) => ({ ...current, comment }));
}

/**
 * A comment alone is not a result the server accepts (each result carries exactly one value):
 * what is sent keeps only the results with a value — « non évalué » once its reason is typed.
 * Comments typed before the value wait in the draft until the value is given.
 */
export function sendable(draft: EvaluationDraft): EvaluationDraft {
  return {
    ...draft,
    items: draft.items.filter(complete),
  };
}

function sameResult(a: ItemResult, b: ItemResult): boolean {
  return (
    a.percentage === b.percentage &&
    a.points === b.points &&
    a.outcome === b.outcome &&
    a.notEvaluated?.reason === b.notEvaluated?.reason &&
    a.override?.reason === b.override?.reason &&
    (a.comment ?? '') === (b.comment ?? '')
  );
}

/** Whether two drafts hold the same results, whatever the order of items and keys. */
export function sameDraft(a: EvaluationDraft, b: EvaluationDraft): boolean {
  if (a.date !== b.date || (a.comment ?? '') !== (b.comment ?? '')) return false;
  if (a.items.length !== b.items.length) return false;
  const byItem = new Map(b.items.map((r) => [r.item, r]));
  return a.items.every((r) => {
    const other = byItem.get(r.item);
    return other !== undefined && sameResult(r, other);
  });
}

/** The ids of the instrument's items that have no value yet, in the instrument's order. */
export function unratedItems(instrument: Instrument, draft: EvaluationDraft): string[] {
  const rated = new Set(sendable(draft).items.map((r) => r.item));
  return instrument.sections
    .flatMap((s) => s.items.map((i) => i.id))
    .filter((id) => !rated.has(id));
}
