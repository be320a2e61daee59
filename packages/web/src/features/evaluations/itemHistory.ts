// One item's history from the evaluation's audit trail (GET /api/evaluations/:id/history):
// the saves that changed it, newest first, with who made them and the value before and after.
import type { ItemResult } from './evaluationDraft.ts';
import type { HistoryEntry } from './evaluationsApi.ts';

export type ItemChange = {
  at: string;
  actorName: string | null;
  before: ItemResult | undefined;
  after: ItemResult | undefined;
};

export function itemHistory(entries: readonly HistoryEntry[], item: string): ItemChange[] {
  return entries
    .flatMap((entry) =>
      (entry.data.changes ?? [])
        .filter((change) => change.item === item)
        .map((change) => ({
          at: entry.at,
          actorName: entry.actorName,
          before: change.before,
          after: change.after,
        })),
    )
    .sort((a, b) => b.at.localeCompare(a.at));
}
