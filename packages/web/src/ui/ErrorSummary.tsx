// The error summary of a refused form (the gov.uk pattern; issue 16, item 3): a box at the top
// titled "Il y a un problème", listing each problem as a link that focuses its field. It takes
// the focus after each refused submit, so a screen reader reads it and the keyboard starts
// there; its scroll margin keeps it, and each field it leads to, clear of the sticky header.
import { Anchor, List, Paper, Title } from '@mantine/core';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface SummaryItem {
  /** The id of the field's input; absent for a problem of the whole form. */
  fieldId?: string;
  label?: string;
  message: string;
}

type Props = {
  items: readonly SummaryItem[];
  /** Changes with each refusal (a submit's count, the server's error): the summary takes the
   * focus again each time. */
  focusKey: unknown;
  testId?: string;
};

/** Focus a field and bring it to the middle of the screen (never under the header). */
export function focusField(id: string) {
  const field = document.getElementById(id);
  if (!field) return;
  field.scrollIntoView({ block: 'center' });
  field.focus({ preventScroll: true });
}

export function ErrorSummary({ items, focusKey, testId = 'error-summary' }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const box = useRef<HTMLDivElement>(null);
  const shown = items.length > 0;
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus once per refused submit
  useEffect(() => {
    if (shown) box.current?.focus();
  }, [focusKey, shown]);
  if (!shown) return null;
  return (
    <Paper
      ref={box}
      tabIndex={-1}
      role="alert"
      aria-labelledby={titleId}
      withBorder
      p="md"
      className="error-summary"
      data-testid={testId}
    >
      <Title order={2} size="h4" id={titleId} mb="xs">
        {t('errors.summaryTitle')}
      </Title>
      <List spacing={4}>
        {items.map((item) => {
          const text = item.label
            ? t('errors.summaryItem', { label: item.label, message: item.message })
            : item.message;
          const { fieldId } = item;
          return (
            <List.Item key={`${fieldId ?? ''}:${item.message}`}>
              {fieldId ? (
                <Anchor
                  href={`#${fieldId}`}
                  c="red.9"
                  fw={600}
                  onClick={(event) => {
                    event.preventDefault();
                    focusField(fieldId);
                  }}
                >
                  {text}
                </Anchor>
              ) : (
                text
              )}
            </List.Item>
          );
        })}
      </List>
    </Paper>
  );
}
