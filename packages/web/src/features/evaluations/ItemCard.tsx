import type { Instrument, Item } from '@certeval/core/instruments/schema';
import {
  Badge,
  Button,
  Checkbox,
  Group,
  List,
  Paper,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemResponse } from '../online/onlineApi.ts';
import { BookletAnswer } from '../vae/BookletAnswer.tsx';
import { ItemEvidence } from '../vae/BookletEvidence.tsx';
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
  /** Grading a questionnaire taken online: a closed question's score came from its key. */
  keyScored?: boolean;
  onOverride?: (item: string, reason: string) => void;
};

/** The points an answer is out of, to say "1 point sur 1"; none for a percentage. */
function maxPointsOf(answer: ReturnType<typeof answerInput>): number | undefined {
  if (answer.kind === 'points') return answer.max;
  return answer.kind === 'rightWrong' ? 1 : undefined;
}

/** « Non évalué », with the reason a final evaluation needs (issue 17, item 2). */
function NotEvaluated({
  item,
  result,
  onValue,
}: {
  item: Item;
  result: ItemResult | undefined;
  onValue: (item: string, value: ItemValue | null) => void;
}) {
  const { t } = useTranslation();
  const marked = result?.notEvaluated !== undefined;
  return (
    <Stack gap={4}>
      <Checkbox
        label={t('evaluations.item.notEvaluated')}
        checked={marked}
        onChange={(e) =>
          onValue(item.id, e.currentTarget.checked ? { notEvaluated: { reason: '' } } : null)
        }
        data-testid={`not-evaluated-${item.id}`}
      />
      {marked ? (
        <Textarea
          label={t('evaluations.item.notEvaluatedReason', { id: item.id })}
          description={t('evaluations.item.notEvaluatedHelp')}
          autosize
          minRows={1}
          maxLength={2000}
          value={result?.notEvaluated?.reason ?? ''}
          onChange={(e) => onValue(item.id, { notEvaluated: { reason: e.currentTarget.value } })}
          data-testid={`not-evaluated-reason-${item.id}`}
        />
      ) : null}
    </Stack>
  );
}

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
        <ItemEvidence itemId={item.id} />
        {readOnly ? (
          <Text data-testid={`value-${item.id}`}>{resultText(result, maxPointsOf(answer))}</Text>
        ) : (
          <>
            {result?.notEvaluated === undefined ? (
              <ItemAnswerField
                itemId={item.id}
                answer={answer}
                value={value}
                describedBy={textId}
                error={null}
                onChange={(v) => onValue(item.id, v)}
              />
            ) : null}
            <NotEvaluated item={item} result={result} onValue={onValue} />
            {props.keyScored && props.onOverride ? (
              <TextInput
                label={t('evaluations.item.overrideReason', { id: item.id })}
                description={t('evaluations.item.overrideHelp')}
                maxLength={2000}
                value={result?.override?.reason ?? ''}
                onChange={(e) => props.onOverride?.(item.id, e.currentTarget.value)}
                data-testid={`override-${item.id}`}
              />
            ) : null}
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
