import type { Instrument, Item } from '@certeval/core/instruments/schema';
import { Badge, Button, Group, List, Paper, Stack, Text, Textarea } from '@mantine/core';
import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemResponse } from '../online/onlineApi.ts';
import { BookletAnswer } from '../vae/BookletAnswer.tsx';
import type { ItemResult, ItemValue } from './evaluationDraft.ts';
import { ItemAnswerField } from './ItemAnswerField.tsx';
import { useResultText } from './ItemHistoryDrawer.tsx';
import { answerInput, itemText, resultValue } from './itemAnswer.ts';

type Props = {
  item: Item;
  instrument: Instrument;
  domain: string | undefined;
  result: ItemResult | undefined;
  readOnly: boolean;
  onValue: (item: string, value: ItemValue | null) => void;
  onComment: (item: string, comment: string) => void;
  onHistory: (item: string) => void;
  /** On a VAE booklet: the candidate's answer (null: none); undefined on other instruments. */
  candidateAnswer?: ItemResponse | null;
};

function Prompts({ item }: { item: Item }) {
  const { t } = useTranslation();
  if (item.type !== 'observation' || item.prompts.length === 0) return null;
  return (
    <List size="sm">
      {item.prompts.map((p) => (
        <List.Item key={`${p.kind}:${p.text}`}>
          {t(`evaluations.item.prompts.${p.kind}`)} : {p.text}
        </List.Item>
      ))}
    </List>
  );
}

/** One item: its words, its domain, the answer and a comment, and its history. */
export const ItemCard = memo(function ItemCard(props: Props) {
  const { item, instrument, domain, result, readOnly, onValue, onComment, onHistory } = props;
  const { candidateAnswer } = props;
  const { t } = useTranslation();
  const textId = useId();
  const resultText = useResultText();
  const value = resultValue(result);
  const answer = answerInput(item, instrument);
  return (
    <Paper withBorder p="sm" data-testid={`item-${item.id}`} data-rated={value !== null}>
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Text fw={600} id={textId} flex={1} miw={0}>
            <Text span c="dimmed" mr={6}>
              {item.id}
            </Text>
            {itemText(item)}
          </Text>
          <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
            {domain ? <Badge variant="outline">{domain}</Badge> : null}
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={() => onHistory(item.id)}
              aria-label={t('evaluations.history.open', { id: item.id })}
              data-testid={`history-${item.id}`}
            >
              {t('evaluations.history.button')}
            </Button>
          </Group>
        </Group>
        <Prompts item={item} />
        {candidateAnswer !== undefined ? (
          <BookletAnswer itemId={item.id} response={candidateAnswer ?? undefined} />
        ) : null}
        {readOnly ? (
          <Text data-testid={`value-${item.id}`}>
            {resultText(result, answer.kind === 'points' ? answer.max : undefined)}
          </Text>
        ) : (
          <>
            <ItemAnswerField
              itemId={item.id}
              answer={answer}
              value={value}
              describedBy={textId}
              error={null}
              onChange={(v) => onValue(item.id, v)}
            />
            <Textarea
              label={t('evaluations.item.comment', { id: item.id })}
              description={value === null ? t('evaluations.item.commentWaits') : undefined}
              autosize
              minRows={1}
              maxLength={5000}
              value={result?.comment ?? ''}
              onChange={(e) => onComment(item.id, e.currentTarget.value)}
              data-testid={`comment-${item.id}`}
            />
          </>
        )}
      </Stack>
    </Paper>
  );
});
