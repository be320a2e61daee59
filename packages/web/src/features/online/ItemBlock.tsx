import {
  Badge,
  Checkbox,
  Group,
  Image,
  NativeSelect,
  Paper,
  Radio,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { OrderingField } from './OrderingField.tsx';
import type { CandidateItem, ItemResponse } from './onlineApi.ts';
import {
  chosenIds,
  matchedPairs,
  pickedChoices,
  singleChoice,
  targetOf,
  textOf,
  textResponse,
} from './responses.ts';

type AnswerProps = {
  item: CandidateItem;
  response: ItemResponse | undefined;
  onChange: (response: ItemResponse | null) => void;
};

const stemStyle = { whiteSpace: 'pre-wrap' } as const;

/** Ordering and matching: a group named by the stem, their inputs inside. */
function Grouped({ stem, children }: { stem: string; children: React.ReactNode }) {
  const stemId = useId();
  return (
    <Stack gap="xs" role="group" aria-labelledby={stemId}>
      <Text fw={600} id={stemId} style={stemStyle}>
        {stem}
      </Text>
      {children}
    </Stack>
  );
}

/** The input an item's type takes, labelled by its stem. */
function Answer({ item, response, onChange }: AnswerProps) {
  const { t } = useTranslation();
  const label = (
    <Text span fw={600} style={stemStyle}>
      {item.stem}
    </Text>
  );
  switch (item.type) {
    case 'single_choice':
      return (
        <Radio.Group
          label={label}
          description={t('online.answer.single')}
          value={chosenIds(response)[0] ?? null}
          onChange={(id) => onChange(singleChoice(id))}
        >
          <Stack gap="xs" mt="xs">
            {item.choices.map((c) => (
              <Radio key={c.id} value={c.id} label={c.text} />
            ))}
          </Stack>
        </Radio.Group>
      );
    case 'multiple_choice':
      return (
        <Checkbox.Group
          label={label}
          description={t('online.answer.multiple')}
          value={[...chosenIds(response)]}
          onChange={(ids) => onChange(pickedChoices(item, ids))}
        >
          <Stack gap="xs" mt="xs">
            {item.choices.map((c) => (
              <Checkbox key={c.id} value={c.id} label={c.text} />
            ))}
          </Stack>
        </Checkbox.Group>
      );
    case 'ordering':
      return (
        <Grouped stem={item.stem}>
          <OrderingField item={item} response={response} onChange={onChange} />
        </Grouped>
      );
    case 'matching':
      return (
        <Grouped stem={item.stem}>
          <Text size="sm">{t('online.answer.matching')}</Text>
          {item.sources.map((s) => (
            <NativeSelect
              key={s.id}
              label={t('online.answer.matchFor', { text: s.text })}
              value={targetOf(response, s.id)}
              onChange={(e) => onChange(matchedPairs(response, s.id, e.currentTarget.value))}
              data={[
                { value: '', label: t('online.answer.noMatch') },
                ...item.targets.map((target) => ({ value: target.id, label: target.text })),
              ]}
            />
          ))}
        </Grouped>
      );
    case 'text_entry':
      return (
        <TextInput
          label={label}
          description={t('online.answer.text')}
          value={textOf(response)}
          maxLength={2000}
          onChange={(e) => onChange(textResponse(e.currentTarget.value))}
        />
      );
    case 'open':
      return (
        <Textarea
          label={label}
          description={t('online.answer.open')}
          autosize
          minRows={4}
          maxLength={20000}
          value={textOf(response)}
          onChange={(e) => onChange(textResponse(e.currentTarget.value))}
        />
      );
  }
}

type Props = AnswerProps & { number: number; total: number; evaluationId: string };

/** The item's pictures, from the questionnaire being taken, each with its text alternative. */
function Pictures({ item, evaluationId }: { item: CandidateItem; evaluationId: string }) {
  if (!item.images?.length) return null;
  return (
    <Stack gap="xs">
      {item.images.map((image) => (
        <Image
          key={image.file}
          src={`/api/evaluations/${encodeURIComponent(evaluationId)}/${image.file}`}
          alt={image.alt ?? ''}
          maw={480}
          fit="contain"
        />
      ))}
    </Stack>
  );
}

/** One question in its own block: its number, whether it is answered, its pictures, its input. */
export function ItemBlock({ item, number, total, response, onChange, evaluationId }: Props) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" data-testid={`question-${item.id}`} lang={item.language}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Text size="sm" c="dimmed">
            {t('online.take.question', { number, total })}
          </Text>
          <Badge color={response ? 'green.9' : 'gray.7'} variant="light">
            {response ? t('online.answer.answered') : t('online.answer.notAnswered')}
          </Badge>
        </Group>
        <Pictures item={item} evaluationId={evaluationId} />
        <Answer item={item} response={response} onChange={onChange} />
      </Stack>
    </Paper>
  );
}
