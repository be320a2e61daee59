import type { VariantChange, VariantLine } from '@certeval/core/referential/variant';
import { Checkbox, Group, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type LineAction, VariantLineItem } from './VariantLineItem.tsx';
import { isModified } from './variantPreview.ts';

type Props = {
  lines: VariantLine[];
  draft: VariantChange[];
  unsavedCodes: ReadonlySet<string>;
  editable: boolean;
  onAction: (action: LineAction, line: VariantLine) => void;
};

/** The national tree as indented lines, optionally only those the company changed. */
export function VariantLines({ lines, draft, unsavedCodes, editable, onAction }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const [onlyModified, setOnlyModified] = useState(false);
  const shown = onlyModified ? lines.filter(isModified) : lines;
  return (
    <section aria-labelledby={headingId} data-testid="variant-lines">
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {t('variant.linesTitle')}
        </Title>
        <Group gap="lg" className="no-print">
          <Checkbox
            label={t('variant.onlyModified')}
            checked={onlyModified}
            onChange={(event) => setOnlyModified(event.currentTarget.checked)}
            data-testid="only-modified"
          />
          <Text size="sm" c="dimmed" aria-live="polite" data-testid="lines-shown">
            {t('variant.linesShown', { shown: shown.length, total: lines.length })}
          </Text>
        </Group>
        {shown.length === 0 ? <Text>{t('variant.noModified')}</Text> : null}
        <ul className="variant-lines">
          {shown.map((line) => (
            <VariantLineItem
              key={line.code}
              line={line}
              draft={draft}
              unsaved={unsavedCodes.has(line.code)}
              editable={editable}
              onAction={onAction}
            />
          ))}
        </ul>
      </Stack>
    </section>
  );
}
