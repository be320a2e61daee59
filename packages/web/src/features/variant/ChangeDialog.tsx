import type { VariantChange, VariantLine } from '@certeval/core/referential/variant';
import { Modal } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AddItemForm } from './AddItemForm.tsx';
import { type TextAction, TextChangeForm } from './TextChangeForm.tsx';

export type DialogState = { action: TextAction | 'add'; line: VariantLine };

type Props = {
  state: DialogState | null;
  draft: VariantChange[];
  usedCodes: ReadonlySet<string>;
  onPut: (change: VariantChange) => void;
  onRevert: (kind: VariantChange['kind'], code: string) => void;
  onClose: () => void;
};

/** The form of one line action, in a modal that keeps focus and gives it back on closing. */
export function ChangeDialog({ state, draft, usedCodes, onPut, onRevert, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={state !== null}
      onClose={onClose}
      title={state ? t(`variant.dialog.${state.action}Title`, { code: state.line.code }) : ''}
      size="lg"
      data-testid="change-dialog"
    >
      {state?.action === 'add' ? (
        <AddItemForm parent={state.line} usedCodes={usedCodes} onPut={onPut} onCancel={onClose} />
      ) : null}
      {state && state.action !== 'add' ? (
        <TextChangeForm
          // A new form per line: its text starts from that line's change.
          key={`${state.action}:${state.line.code}`}
          action={state.action}
          line={state.line}
          draft={draft}
          onPut={onPut}
          onRevert={onRevert}
          onCancel={onClose}
        />
      ) : null}
    </Modal>
  );
}
