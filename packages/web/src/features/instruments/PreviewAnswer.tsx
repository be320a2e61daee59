import type { Instrument, Item } from '@certeval/core/instruments/schema';
import {
  Checkbox,
  List,
  NumberInput,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = { item: Item; instrument: Instrument };

/** The scale's levels as the evaluator ticks one: "0 %", "30 %"…, with the descriptor shown. */
function ScaleLevels({ item, instrument }: Props) {
  const { t } = useTranslation();
  if (item.scoring.model !== 'scale_percentage') return null;
  const { scale: scaleId, descriptorSet } = item.scoring;
  const scale = instrument.scales.find((s) => s.id === scaleId);
  if (!scale) return null;
  return (
    <Radio.Group label={t('instruments.preview.answer', { id: item.id })}>
      <SimpleGrid cols={{ base: 2, sm: Math.min(scale.levels.length, 5) }} spacing="xs" mt={4}>
        {scale.levels.map((level) => {
          const percentage = t('instruments.preview.percentage', { value: level.value });
          const label =
            level.label && level.label.replace(/\s/g, '') !== `${level.value}%`
              ? `${percentage} — ${level.label}`
              : percentage;
          const descriptor = descriptorSet ? level.descriptors?.[descriptorSet] : undefined;
          return (
            <Radio
              key={level.value}
              value={String(level.value)}
              label={label}
              description={descriptor}
            />
          );
        })}
      </SimpleGrid>
    </Radio.Group>
  );
}

function Choices({ item }: { item: Item }) {
  const { t } = useTranslation();
  if (item.type === 'single_choice') {
    return (
      <Radio.Group label={t('instruments.preview.answerText', { id: item.id })}>
        <Stack gap={4} mt={4}>
          {item.choices.map((choice) => (
            <Radio key={choice.id} value={choice.id} label={choice.text} />
          ))}
        </Stack>
      </Radio.Group>
    );
  }
  if (item.type === 'multiple_choice') {
    return (
      <Checkbox.Group label={t('instruments.preview.answerText', { id: item.id })}>
        <Stack gap={4} mt={4}>
          {item.choices.map((choice) => (
            <Checkbox key={choice.id} value={choice.id} label={choice.text} />
          ))}
        </Stack>
      </Checkbox.Group>
    );
  }
  if (item.type === 'ordering') {
    return (
      <Stack gap={2}>
        <Text size="sm">{t('instruments.preview.orderHelp')}</Text>
        <List>
          {item.choices.map((choice) => (
            <List.Item key={choice.id}>{choice.text}</List.Item>
          ))}
        </List>
      </Stack>
    );
  }
  if (item.type === 'matching') {
    return (
      <Stack gap={2}>
        <Text size="sm">{t('instruments.preview.matchHelp')}</Text>
        <SimpleGrid cols={2}>
          <List>
            {item.sources.map((a) => (
              <List.Item key={a.id}>{a.text}</List.Item>
            ))}
          </List>
          <List>
            {item.targets.map((a) => (
              <List.Item key={a.id}>{a.text}</List.Item>
            ))}
          </List>
        </SimpleGrid>
      </Stack>
    );
  }
  if (item.type === 'text_entry') {
    return <TextInput label={t('instruments.preview.answerText', { id: item.id })} />;
  }
  if (item.type === 'open') {
    return (
      <Textarea label={t('instruments.preview.answerText', { id: item.id })} minRows={3} autosize />
    );
  }
  return null;
}

/** How the evaluator answers the item, by its type and scoring model; nothing is saved. */
export function PreviewAnswer({ item, instrument }: Props) {
  const { t } = useTranslation();
  const { scoring } = item;
  return (
    <Stack gap="xs">
      <Choices item={item} />
      <ScaleLevels item={item} instrument={instrument} />
      {scoring.model === 'acquis' ? (
        <Radio.Group label={t('instruments.preview.answer', { id: item.id })}>
          <Stack gap={4} mt={4}>
            <Radio value="acquis" label={t('instruments.preview.acquired')} />
            <Radio value="non-acquis" label={t('instruments.preview.notAcquired')} />
          </Stack>
        </Radio.Group>
      ) : null}
      {scoring.model === 'manual' && item.type !== 'open' ? (
        <NumberInput
          w={200}
          label={
            scoring.maxPoints === undefined
              ? t('instruments.preview.pointsOpen')
              : t('instruments.preview.points', { max: scoring.maxPoints })
          }
        />
      ) : null}
      {item.type === 'observation' ? (
        <Textarea label={t('instruments.preview.notes')} minRows={2} autosize />
      ) : null}
    </Stack>
  );
}
