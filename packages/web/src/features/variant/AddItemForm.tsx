import type { NodeType } from '@certeval/core/referential/fileSchema';
import type { VariantChange, VariantLine } from '@certeval/core/referential/variant';
import { Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { childTypesUnder, lineNode } from './variantPreview.ts';

type Props = {
  parent: VariantLine;
  /** Every code of the national version and of the draft's additions. */
  usedCodes: ReadonlySet<string>;
  onPut: (change: VariantChange) => void;
  onCancel: () => void;
};

type Errors = { code?: string; label?: string };

/** A new item of the company's own under `parent`: its code, a type allowed there, a label. */
export function AddItemForm({ parent, usedCodes, onPut, onCancel }: Props) {
  const { t } = useTranslation();
  const types = childTypesUnder(lineNode(parent).type);
  const [code, setCode] = useState('');
  const [type, setType] = useState<NodeType | undefined>(types[0]);
  const [label, setLabel] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const wanted = { code: code.trim(), label: label.trim() };
    const found: Errors = {};
    if (wanted.code === '') found.code = t('variant.dialog.required');
    else if (usedCodes.has(wanted.code))
      found.code = t('variant.dialog.codeTaken', { code: wanted.code });
    if (wanted.label === '') found.label = t('variant.dialog.required');
    setErrors(found);
    if (found.code || found.label || !type) return;
    onPut({ kind: 'add', code: wanted.code, type, parent: parent.code, label: wanted.label });
  };
  if (!type) return <Text>{t('variant.dialog.noChildType')}</Text>;
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <TextInput
          label={t('variant.dialog.code')}
          description={t('variant.dialog.codeHelp')}
          required
          value={code}
          onChange={(event) => setCode(event.currentTarget.value)}
          error={errors.code}
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
          label={t('variant.dialog.newLabel')}
          required
          value={label}
          onChange={(event) => setLabel(event.currentTarget.value)}
          error={errors.label}
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
