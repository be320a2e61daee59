import type { ReferentialVersion } from '@certeval/core/referential/fileSchema';
import type { VariantChange, VariantLine } from '@certeval/core/referential/variant';
import { Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { ApiError } from '../../app/apiClient.ts';
import { ChangeDialog, type DialogState } from './ChangeDialog.tsx';
import { PendingChanges } from './PendingChanges.tsx';
import { SaveBar } from './SaveBar.tsx';
import type { LineAction } from './VariantLineItem.tsx';
import { VariantLines } from './VariantLines.tsx';
import { saveVariant, type VariantDetail } from './variantApi.ts';
import { pendingChanges, putChange, removeChange, undoChange } from './variantDraft.ts';
import { previewVariant } from './variantPreview.ts';

type Props = {
  variant: VariantDetail;
  national: ReferentialVersion;
  savedMessage: string | null;
  /** After a save: the page reloads the variant, which starts a new editor on it. */
  onSaved: (revision: number) => Promise<void>;
  onReload: () => void;
};

/**
 * The variant's lines and, for its editors, a local draft of the whole change list: edits
 * accumulate here and "Enregistrer" sends them with the revision this editor was opened on.
 */
export function VariantEditor({ variant, national, savedMessage, onSaved, onReload }: Props) {
  const saved = variant.changes;
  const [draft, setDraft] = useState<VariantChange[]>(saved);
  const [dialog, setDialog] = useState<DialogState | null>(null);
  // "Saved" belongs to the state this editor opened on: the first edit makes it stale.
  const [edited, setEdited] = useState(false);
  const preview = useMemo(() => previewVariant(national, draft), [national, draft]);
  const pending = useMemo(() => pendingChanges(saved, draft), [saved, draft]);
  const unsavedCodes = useMemo(() => new Set(pending.map((row) => row.change.code)), [pending]);
  const save = useMutation({
    mutationFn: () => saveVariant(variant.id, { revision: variant.revision, changes: draft }),
    onSuccess: (result) => onSaved(result.revision),
  });
  const { reset } = save;
  // Stable across renders: the lines are memoised and only redraw when the draft changes.
  const edit = useCallback(
    (next: (current: VariantChange[]) => VariantChange[]) => {
      setDraft(next);
      setDialog(null);
      setEdited(true);
      reset();
    },
    [reset],
  );
  const onAction = useCallback(
    (action: LineAction, line: VariantLine) => {
      if (action === 'unhide') edit((current) => removeChange(current, 'hide', line.code));
      else if (action === 'remove') edit((current) => removeChange(current, 'add', line.code));
      else setDialog({ action, line });
    },
    [edit],
  );
  const serverProblems = save.error instanceof ApiError ? save.error.problems : [];
  const problems = serverProblems.length > 0 ? serverProblems : preview.problems;
  const usedCodes = new Set([
    ...national.nodes.map((node) => node.code),
    ...draft.flatMap((change) => (change.kind === 'add' ? [change.code] : [])),
  ]);
  const lines = (
    <VariantLines
      lines={preview.lines}
      draft={draft}
      unsavedCodes={unsavedCodes}
      editable={variant.canEdit}
      onAction={onAction}
    />
  );
  if (!variant.canEdit) return lines;
  return (
    <Stack gap="md">
      <SaveBar
        pendingCount={pending.length}
        hasProblems={problems.length > 0}
        saving={save.isPending}
        error={save.error}
        savedMessage={edited ? null : savedMessage}
        onSave={() => save.mutate()}
        onReload={onReload}
      />
      <PendingChanges
        saved={saved}
        draft={draft}
        problems={problems}
        onUndo={(key) => edit((current) => undoChange(saved, current, key))}
      />
      {lines}
      <ChangeDialog
        state={dialog}
        draft={draft}
        usedCodes={usedCodes}
        onPut={(change) => edit((current) => putChange(current, change))}
        onRevert={(kind, code) => edit((current) => removeChange(current, kind, code))}
        onClose={() => setDialog(null)}
      />
    </Stack>
  );
}
