import type { Message } from '@certeval/core/referential/problems';
import type { VariantChange } from '@certeval/core/referential/variant';
import { Badge, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n.ts';
import { useDescribeChange } from './useDescribeChange.ts';
import { changeKey, type PendingChange, pendingChanges, problemsByChange } from './variantDraft.ts';

type Row = { key: string; status: PendingChange['status'] | 'saved'; change: VariantChange };

type Props = {
  saved: VariantChange[];
  draft: VariantChange[];
  problems: ReadonlyArray<{ path: string; message: Message }>;
  onUndo: (key: string) => void;
};

/** The draft's differences from what is saved, each with its undo and its problems. */
export function PendingChanges({ saved, draft, problems, onUndo }: Props) {
  const { t } = useTranslation();
  const describe = useDescribeChange();
  const headingId = useId();
  const pending: Row[] = pendingChanges(saved, draft);
  const byChange = problemsByChange(draft, problems);
  // A saved change can fail too (its parent addition was withdrawn): it is listed as well.
  const pendingKeys = new Set(pending.map((row) => row.key));
  const failingSaved = draft
    .filter((change) => byChange.has(changeKey(change)) && !pendingKeys.has(changeKey(change)))
    .map((change): Row => ({ key: changeKey(change), status: 'saved', change }));
  const rows = [...pending, ...failingSaved];
  return (
    <Paper withBorder p="md" className="no-print" data-testid="pending-changes">
      <section aria-labelledby={headingId}>
        <Title order={2} size="h4" id={headingId} mb="xs">
          {t('variant.pending.title')}
        </Title>
        {rows.length === 0 ? <Text c="dimmed">{t('variant.pending.none')}</Text> : null}
        <Stack gap="xs" component="ul" className="variant-lines">
          {rows.map((row) => (
            <li key={`${row.status}:${row.key}`} data-testid={`pending-${row.key}`}>
              <Group gap="xs" wrap="nowrap" justify="space-between" align="start">
                <Group gap="xs" align="baseline">
                  <Badge variant="outline" color="gray.8">
                    {t(`variant.pending.statuses.${row.status}`)}
                  </Badge>
                  <Text span td={row.status === 'removed' ? 'line-through' : undefined}>
                    {describe(row.change)}
                  </Text>
                </Group>
                {row.status === 'saved' ? null : (
                  <Button
                    size="compact-sm"
                    variant="default"
                    aria-label={t('variant.pending.undo', { change: describe(row.change) })}
                    onClick={() => onUndo(row.key)}
                    data-testid={`undo-${row.key}`}
                  >
                    {t('variant.pending.undoShort')}
                  </Button>
                )}
              </Group>
              {byChange.has(row.key) ? (
                <List size="sm" c="red.9" data-testid={`problems-${row.key}`}>
                  {byChange.get(row.key)?.map((message) => (
                    <List.Item key={message.en}>{message[currentLocale()]}</List.Item>
                  ))}
                </List>
              ) : null}
            </li>
          ))}
        </Stack>
      </section>
    </Paper>
  );
}
