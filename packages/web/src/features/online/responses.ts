// The candidate's answers as the server takes them (PUT /api/evaluations/:id/responses), built
// from what they do on screen, without React: a radio or checkbox gives the chosen ids, an
// ordering the ids in the candidate's order, a matching the pairs drawn, a text its words. An
// item left blank has no response at all, so "answered" counts only real answers.
import type { RestoreDecision, StoredDraft } from '../evaluations/saveQueue.ts';
import type { CandidateItem, ItemResponse, ResponseMap } from './onlineApi.ts';

/** The map without `item`'s response, or with the new one. */
export function withResponse(
  responses: ResponseMap,
  item: string,
  response: ItemResponse | null,
): ResponseMap {
  const { [item]: _dropped, ...others } = responses;
  return response ? { ...others, [item]: response } : others;
}

/** Single choice: the one id chosen. */
export function singleChoice(id: string): ItemResponse {
  return { kind: 'choices', ids: [id] };
}

/** Multiple choice: the ids ticked, in the order the choices are shown; none is no answer. */
export function pickedChoices(
  item: Extract<CandidateItem, { choices: unknown }>,
  ids: readonly string[],
): ItemResponse | null {
  const picked = new Set(ids);
  const ordered = item.choices.map((c) => c.id).filter((id) => picked.has(id));
  return ordered.length > 0 ? { kind: 'choices', ids: ordered } : null;
}

/** The order shown for an ordering item: the candidate's, or the choices' as given. */
export function currentOrder(
  item: Extract<CandidateItem, { choices: unknown }>,
  current: ItemResponse | undefined,
): string[] {
  const given = item.choices.map((c) => c.id);
  if (current?.kind !== 'choices') return given;
  // Ids no longer in the item are dropped, new ones appended: the list stays whole.
  const kept = current.ids.filter((id) => given.includes(id));
  return [...kept, ...given.filter((id) => !kept.includes(id))];
}

/** The order with the entry at `index` moved by `delta` places; unchanged at either end. */
export function moved(order: readonly string[], index: number, delta: -1 | 1): string[] {
  const target = index + delta;
  if (index < 0 || index >= order.length || target < 0 || target >= order.length) return [...order];
  const next = [...order];
  const [entry] = next.splice(index, 1);
  next.splice(target, 0, entry as string);
  return next;
}

/** Matching: the target chosen for each source; an empty choice removes the pair. */
export function matchedPairs(
  current: ItemResponse | undefined,
  source: string,
  target: string,
): ItemResponse | null {
  const others = current?.kind === 'pairs' ? current.pairs.filter((p) => p.source !== source) : [];
  const pairs = target ? [...others, { source, target }] : others;
  return pairs.length > 0 ? { kind: 'pairs', pairs } : null;
}

export function targetOf(current: ItemResponse | undefined, source: string): string {
  return current?.kind === 'pairs'
    ? (current.pairs.find((p) => p.source === source)?.target ?? '')
    : '';
}

/** Text entry or open answer: blank text is no answer. */
export function textResponse(text: string): ItemResponse | null {
  return text.trim() ? { kind: 'text', text } : null;
}

export function chosenIds(current: ItemResponse | undefined): readonly string[] {
  return current?.kind === 'choices' ? current.ids : [];
}

export function textOf(current: ItemResponse | undefined): string {
  return current?.kind === 'text' ? current.text : '';
}

/** The items still without an answer, in the questionnaire's order. */
export function unanswered(
  sections: ReadonlyArray<{ items: ReadonlyArray<{ id: string }> }>,
  responses: ResponseMap,
): string[] {
  return sections.flatMap((s) => s.items.map((i) => i.id)).filter((id) => !responses[id]);
}

/** Whether two answer maps say the same (key order aside). */
export function sameResponses(a: ResponseMap, b: ResponseMap): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));
}

type StoredResponses = StoredDraft<ResponseMap>;

/** Answers kept in the browser, read back only if they still have the expected shape. */
export function parseStoredResponses(text: string | null): StoredResponses | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as Partial<StoredResponses> | null;
    const draft = value?.draft;
    if (typeof value?.revision !== 'number' || typeof draft !== 'object' || draft === null)
      return undefined;
    return {
      revision: value.revision,
      draft,
      keptAt: typeof value.keptAt === 'string' ? value.keptAt : '',
    };
  } catch {
    return undefined;
  }
}

/**
 * Reopening with answers still kept in the browser (the tab closed before their save came
 * back): resume them when built on what the server holds, ask when another tab saved since.
 */
export function restoreResponses(
  stored: StoredResponses | undefined,
  server: { revision: number; responses: ResponseMap },
): RestoreDecision<ResponseMap> {
  if (!stored || sameResponses(stored.draft, server.responses)) return { kind: 'server' };
  return stored.revision === server.revision
    ? { kind: 'resume', draft: stored.draft }
    : { kind: 'conflict', draft: stored.draft };
}
