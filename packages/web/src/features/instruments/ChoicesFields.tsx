import type { Item } from '@certeval/core/instruments/schema';
import { Button, Checkbox, Group, List, Stack, Text, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { addChoice, moveInOrder, removeChoice, setChoiceText, setCorrect } from './itemFields.ts';
import { useFieldError } from './useFieldError.ts';

type Props = { item: Item; path: string | undefined; onChange: (item: Item) => void };

/** The right order of an ordering question, changed with buttons (no drag only). */
function RightOrder({ item, onChange }: Omit<Props, 'path'>) {
  const { t } = useTranslation();
  if (item.type !== 'ordering') return null;
  const textOf = (id: string) => item.choices.find((c) => c.id === id)?.text || id;
  return (
    <Stack gap={4}>
      <Title order={5}>{t('instruments.choices.orderTitle')}</Title>
      <List type="ordered" spacing={4}>
        {item.correct.map((id, index) => (
          <List.Item key={id}>
            <Group gap={6} wrap="nowrap">
              <Text span>{textOf(id)}</Text>
              <Button
                size="compact-xs"
                variant="default"
                disabled={index === 0}
                aria-label={t('instruments.choices.moveUp', { id })}
                onClick={() => onChange(moveInOrder(item, id, -1))}
              >
                ↑
              </Button>
              <Button
                size="compact-xs"
                variant="default"
                disabled={index === item.correct.length - 1}
                aria-label={t('instruments.choices.moveDown', { id })}
                onClick={() => onChange(moveInOrder(item, id, 1))}
              >
                ↓
              </Button>
            </Group>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

function ChoiceList({ item, path, onChange }: Props) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  if (!('choices' in item)) return null;
  return (
    <Stack gap="xs">
      <Title order={5}>{t('instruments.choices.title')}</Title>
      {item.choices.map((choice, index) => (
        <Group key={choice.id} gap="sm" align="flex-end" wrap="wrap">
          <TextInput
            style={{ flex: '1 1 16rem' }}
            label={t('instruments.choices.text', { id: choice.id })}
            value={choice.text}
            onChange={(event) =>
              onChange(setChoiceText(item, choice.id, event.currentTarget.value))
            }
            error={fieldError(path && `${path}.choices[${index}]`)}
          />
          {item.type === 'ordering' ? null : (
            <Checkbox
              mb={8}
              label={t('instruments.choices.correct', { id: choice.id })}
              checked={item.correct.includes(choice.id)}
              onChange={(event) =>
                onChange(setCorrect(item, choice.id, event.currentTarget.checked))
              }
            />
          )}
          <Button
            variant="default"
            disabled={item.choices.length <= 2}
            aria-label={t('instruments.choices.remove', { id: choice.id })}
            onClick={() => onChange(removeChoice(item, choice.id))}
          >
            ✕
          </Button>
        </Group>
      ))}
      <Button
        w="fit-content"
        variant="default"
        size="compact-sm"
        onClick={() => onChange(addChoice(item, ''))}
      >
        {t('instruments.choices.add')}
      </Button>
    </Stack>
  );
}

/** A short answer: the expected text and whether letter case matters. */
function TextEntry({ item, path, onChange }: Props) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  if (item.type !== 'text_entry') return null;
  return (
    <Group gap="sm" align="flex-end">
      <TextInput
        style={{ flex: '1 1 16rem' }}
        label={t('instruments.choices.textEntryCorrect')}
        value={item.correct}
        onChange={(event) => onChange({ ...item, correct: event.currentTarget.value })}
        error={fieldError(path && `${path}.correct`)}
      />
      <Checkbox
        mb={8}
        label={t('instruments.choices.caseSensitive')}
        checked={item.caseSensitive !== false}
        onChange={(event) => onChange({ ...item, caseSensitive: event.currentTarget.checked })}
      />
    </Group>
  );
}

/** A matching question's columns and pairs, shown as they are (imported from QTI). */
function Matching({ item }: { item: Item }) {
  const { t } = useTranslation();
  if (item.type !== 'matching') return null;
  const textOf = (list: typeof item.sources, id: string) =>
    list.find((a) => a.id === id)?.text ?? id;
  return (
    <Stack gap={4}>
      <Title order={5}>{t('instruments.choices.pairs')}</Title>
      <List spacing={2}>
        {item.correct.map((pair) => (
          <List.Item key={`${pair.source} ${pair.target}`}>
            {t('instruments.choices.pair', {
              source: textOf(item.sources, pair.source),
              target: textOf(item.targets, pair.target),
            })}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}

/** What a question offers and what the right answer is, by type of question. */
export function ChoicesFields(props: Props) {
  return (
    <Stack gap="sm">
      <ChoiceList {...props} />
      <RightOrder item={props.item} onChange={props.onChange} />
      <TextEntry {...props} />
      <Matching item={props.item} />
    </Stack>
  );
}
