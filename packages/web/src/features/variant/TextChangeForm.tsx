import type { VariantChange, VariantLine } from '@certeval/core/referential/variant';
import { checkVariantChange } from '@certeval/core/referential/variantForm';
import { Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { useFormProblems } from '../../ui/useFormProblems.ts';
import { findChange } from './variantDraft.ts';

export type TextAction = 'rename' | 'annotate' | 'hide';

/** The one text each action edits, as the change names it. */
const TEXT_OF = { rename: 'label', annotate: 'note', hide: 'reason' } as const;
const LABEL_OF = {
  rename: 'variant.dialog.label',
  annotate: 'variant.dialog.note',
  hide: 'variant.dialog.reason',
} as const;

type Props = {
  action: TextAction;
  line: VariantLine;
  draft: VariantChange[];
  onPut: (change: VariantChange) => void;
  onRevert: (kind: VariantChange['kind'], code: string) => void;
  onCancel: () => void;
};

/** The current text of the change a form edits, to start from. */
function initialText(action: TextAction, line: VariantLine, draft: VariantChange[]): string {
  const { code } = line;
  if (action === 'annotate') return findChange(draft, 'annotate', code)?.note ?? '';
  if (action === 'hide') return findChange(draft, 'hide', code)?.reason ?? '';
  const added = findChange(draft, 'add', code);
  return added?.label ?? findChange(draft, 'rename', code)?.label ?? line.national?.label ?? '';
}

/** The change the form makes; renaming an added item changes its addition. */
function changeOf(action: TextAction, line: VariantLine, draft: VariantChange[], text: string) {
  const { code } = line;
  const added = findChange(draft, 'add', code);
  if (action === 'rename')
    return added ? { ...added, label: text } : { kind: action, code, label: text };
  if (action === 'annotate') return { kind: action, code, note: text };
  return text ? { kind: action, code, reason: text } : { kind: action, code };
}

/** Rename, annotate or hide one item: one text, required except the reason for hiding. */
export function TextChangeForm({ action, line, draft, onPut, onRevert, onCancel }: Props) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => initialText(action, line, draft));
  const name = TEXT_OF[action];
  const form = useFormProblems({
    fields: [name],
    label: () => t(LABEL_OF[action]),
    name: 'variant-text',
    error: null,
    base: '',
  });
  const existing =
    action !== 'hide' && !line.status.includes('added') && findChange(draft, action, line.code);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = text.trim();
    const check = {
      kind: action,
      code: line.code,
      ...(value || action !== 'hide' ? { [name]: value } : {}),
    };
    if (form.accept(checkVariantChange(check)))
      onPut(changeOf(action, line, draft, value) as VariantChange);
  };
  const field = {
    ...form.field(name),
    value: text,
    onChange: (event: { currentTarget: { value: string } }) => setText(event.currentTarget.value),
    maxLength: 2000,
    'data-autofocus': true,
    'data-testid': 'change-text',
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <ErrorSummary {...form.summary} testId="variant-text-problems" />
        {line.national ? (
          <Text size="sm">{t('variant.dialog.nationalLabel', { label: line.national.label })}</Text>
        ) : null}
        {action === 'rename' ? (
          <TextInput label={t(LABEL_OF.rename)} required {...field} />
        ) : (
          <Textarea
            label={t(LABEL_OF[action])}
            description={action === 'hide' ? t('variant.dialog.hideHelp') : undefined}
            required={action === 'annotate'}
            autosize
            minRows={2}
            {...field}
          />
        )}
        <Group justify="space-between">
          {existing ? (
            <Button variant="subtle" color="red.9" onClick={() => onRevert(action, line.code)}>
              {t('variant.dialog.revert')}
            </Button>
          ) : (
            <span />
          )}
          <Group gap="sm">
            <Button variant="default" onClick={onCancel}>
              {t('variant.dialog.cancel')}
            </Button>
            <Button type="submit" data-testid="change-apply">
              {t('variant.dialog.apply')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </form>
  );
}
