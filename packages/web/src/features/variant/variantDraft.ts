// The editor's local draft: the whole list of changes that "Enregistrer" sends (PUT
// /api/variants/:id), and how it differs from the list last saved. A change is identified by
// its kind and the item it adapts: an item has at most one change of each kind.
import type { VariantChange } from '@certeval/core/referential/variant';

export type ChangeKind = VariantChange['kind'];

/** `rename:M2A2`, `add:BTV-M2A7`. */
export function changeKey(change: Pick<VariantChange, 'kind' | 'code'>): string {
  return `${change.kind}:${change.code}`;
}

/** The draft with `change` in place of the one of the same key, or appended. */
export function putChange(draft: VariantChange[], change: VariantChange): VariantChange[] {
  const key = changeKey(change);
  const index = draft.findIndex((existing) => changeKey(existing) === key);
  if (index === -1) return [...draft, change];
  return draft.map((existing, i) => (i === index ? change : existing));
}

export function removeChange(draft: VariantChange[], kind: ChangeKind, code: string) {
  const key = changeKey({ kind, code });
  return draft.filter((change) => changeKey(change) !== key);
}

export function findChange<K extends ChangeKind>(
  draft: VariantChange[],
  kind: K,
  code: string,
): Extract<VariantChange, { kind: K }> | undefined {
  return draft.find(
    (change): change is Extract<VariantChange, { kind: K }> =>
      change.kind === kind && change.code === code,
  );
}

export type PendingStatus = 'new' | 'modified' | 'removed';

/** One difference between the draft and the saved list, to show and to undo. */
export type PendingChange = { key: string; status: PendingStatus; change: VariantChange };

function sameChange(a: VariantChange, b: VariantChange): boolean {
  return JSON.stringify(a, Object.keys(a).sort()) === JSON.stringify(b, Object.keys(b).sort());
}

/** What the draft changes, in the draft's order, then what it drops from the saved list. */
export function pendingChanges(saved: VariantChange[], draft: VariantChange[]): PendingChange[] {
  const savedByKey = new Map(saved.map((change) => [changeKey(change), change]));
  const draftKeys = new Set(draft.map(changeKey));
  const changed = draft.flatMap((change): PendingChange[] => {
    const before = savedByKey.get(changeKey(change));
    if (before && sameChange(before, change)) return [];
    return [{ key: changeKey(change), status: before ? 'modified' : 'new', change }];
  });
  const removed = saved
    .filter((change) => !draftKeys.has(changeKey(change)))
    .map((change): PendingChange => ({ key: changeKey(change), status: 'removed', change }));
  return [...changed, ...removed];
}

/** The draft with the change of `key` back as it was saved (or gone, if it was new). */
export function undoChange(
  saved: VariantChange[],
  draft: VariantChange[],
  key: string,
): VariantChange[] {
  const savedIndex = saved.findIndex((change) => changeKey(change) === key);
  const before = saved[savedIndex];
  if (!before) return draft.filter((change) => changeKey(change) !== key);
  if (draft.some((change) => changeKey(change) === key)) return putChange(draft, before);
  // Back in its saved place: an addition must come before the additions placed under it.
  const rank = (change: VariantChange) => {
    const index = saved.findIndex((item) => changeKey(item) === changeKey(change));
    return index === -1 ? Number.POSITIVE_INFINITY : index;
  };
  const at = draft.findIndex((change) => rank(change) > savedIndex);
  return at === -1 ? [...draft, before] : [...draft.slice(0, at), before, ...draft.slice(at)];
}

/** The index of the change a problem's path names: `body.changes[3].code` → 3. */
export function changeIndexOf(path: string): number | undefined {
  const match = /changes\[(\d+)\]/.exec(path);
  return match ? Number(match[1]) : undefined;
}

/** The messages of problems located in `changes[i]`, by the key of that change of the draft. */
export function problemsByChange<M>(
  draft: VariantChange[],
  problems: ReadonlyArray<{ path: string; message: M }>,
): Map<string, M[]> {
  const found = new Map<string, M[]>();
  for (const problem of problems) {
    const index = changeIndexOf(problem.path);
    const change = index === undefined ? undefined : draft[index];
    if (!change) continue;
    const key = changeKey(change);
    found.set(key, [...(found.get(key) ?? []), problem.message]);
  }
  return found;
}
