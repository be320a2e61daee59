// Reopening an evaluation with a draft still kept in the browser (the tab was closed, the
// network was down, the last save's answer never came): resume it, drop it because the server
// has it already, or stop on a conflict because someone else saved meanwhile.
import { type EvaluationDraft, sameDraft, sendable } from './evaluationDraft.ts';
import type { RestoreDecision, StoredDraft } from './saveQueue.ts';

export type ServerEvaluation = {
  revision: number;
  canEdit: boolean;
  draft: EvaluationDraft;
};

export function restoreDecision(
  stored: StoredDraft | undefined,
  server: ServerEvaluation,
): RestoreDecision {
  if (!stored || sameDraft(stored.draft, server.draft)) return { kind: 'server' };
  if (!server.canEdit) return { kind: 'conflict', draft: stored.draft };
  // Built on what the server holds; or the server holds every rated item of it already (the
  // answer to its last save was lost) and only comments awaiting their value are left.
  if (
    stored.revision === server.revision ||
    sameDraft(sendable(stored.draft), sendable(server.draft))
  )
    return { kind: 'resume', draft: stored.draft };
  return { kind: 'conflict', draft: stored.draft };
}

/** A stored value read back from the browser, if it still has the expected shape. */
export function parseStoredDraft(text: string | null): StoredDraft | undefined {
  if (!text) return undefined;
  try {
    const value = JSON.parse(text) as Partial<StoredDraft> | null;
    const draft = value?.draft as Partial<EvaluationDraft> | undefined;
    if (
      typeof value?.revision !== 'number' ||
      !Array.isArray(draft?.items) ||
      typeof draft?.date !== 'string'
    )
      return undefined;
    return {
      revision: value.revision,
      draft: { items: draft.items, comment: draft.comment ?? null, date: draft.date },
      keptAt: typeof value.keptAt === 'string' ? value.keptAt : '',
    };
  } catch {
    return undefined;
  }
}
