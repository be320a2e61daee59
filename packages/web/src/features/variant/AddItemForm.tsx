import type { NodeType } from '@certeval/core/referential/fileSchema';
import type { VariantChange, VariantLine } from '@certeval/core/referential/variant';
import { checkVariantChange } from '@certeval/core/referential/variantForm';
import { Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { useFormProblems } from '../../ui/useFormProblems.ts';
import { childTypesUnder, lineNode } from './variantPreview.ts';

type Props = {
  parent: VariantLine;
  /** Every code of the national version and of the draft's additions. */
  usedCodes: ReadonlySet<string>;
  onPut: (change: VariantChange) => void;
  onCancel: () => void;
};

const FIELDS = ['code', 'label'] as const;

/** A new item of the company's own under `parent`: its code, a type allowed there, a label. */
export function AddItemForm({ parent, usedCodes, onPut, onCancel }: Props) {
  const { t } = useTranslation();
  const types = childTypesUnder(lineNode(parent).type);
  const [code, setCode] = useState('');
  const [type, setType] = useState<NodeType | undefined>(types[0]);
  const [label, setLabel] = useState('');
  const form = useFormProblems({
    fields: FIELDS,
    label: (field) => t(field === 'code' ? 'variant.dialog.code' : 'variant.dialog.newLabel'),
    name: 'variant-add',
    error: null,
    base: '',
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!type) return;
    const change = { kind: 'add' as const, code: code.trim(), type, parent: parent.code };
    const wanted = { ...change, label: label.trim() };
    if (form.accept(checkVariantChange(wanted, usedCodes))) onPut(wanted);
  };
  if (!type) return <Text>{t('variant.dialog.noChildType')}</Text>;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <ErrorSummary {...form.summary} testId="variant-add-problems" />
        <TextInput
          {...form.field('code')}
          label={t('variant.dialog.code')}
          description={t('variant.dialog.codeHelp')}
          required
          value={code}
          onChange={(event) => setCode(event.currentTarget.value)}
          maxLength={100}
          data-autofocus
          data-testid="add-code"
        />
        <NativeSelect
          label={t('variant.dialog.type')}
          value={type}
          onChange={(event) =>
            setType(types.find((candidate) => candidate === event.currentTarget.value))
          }
          data={types.map((value) => ({ value, label: t(`referential.nodeTypes.${value}`) }))}
          data-testid="add-type"
        />
        <TextInput
          {...form.field('label')}
          label={t('variant.dialog.newLabel')}
          required
          value={label}
          onChange={(event) => setLabel(event.currentTarget.value)}
          maxLength={2000}
          data-testid="add-label"
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('variant.dialog.cancel')}
          </Button>
          <Button type="submit" data-testid="change-apply">
            {t('variant.dialog.apply')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
