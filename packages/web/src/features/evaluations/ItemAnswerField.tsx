import { NumberInput, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ItemValue } from './evaluationDraft.ts';
import type { AnswerInput, Level } from './itemAnswer.ts';

type Props = {
  itemId: string;
  answer: AnswerInput;
  value: ItemValue | null;
  describedBy: string;
  error: string | null;
  onChange: (value: ItemValue | null) => void;
};

/** "30 %", or "30 % — Basique" when the level has its own label. */
export function useLevelLabel(): (level: Pick<Level, 'value' | 'label'>) => string {
  const { t } = useTranslation();
  return (level) => {
    const percentage = t('evaluations.item.percent', { value: level.value });
    return level.label && level.label.replace(/\s/g, '') !== `${level.value}%`
      ? `${percentage} — ${level.label}`
      : percentage;
  };
}

function LevelDescription({ level }: { level: Level }) {
  if (level.descriptors.length === 0) return null;
  return (
    <Stack gap={2} component="span">
      {level.descriptors.map((d) => (
        <Text key={d.situation} size="xs" component="span" display="block">
          {level.descriptors.length > 1 ? <strong>{d.situation} : </strong> : null}
          {d.text}
        </Text>
      ))}
    </Stack>
  );
}

const number = (value: string | number) => (typeof value === 'number' ? value : null);

/** The one input an item takes; every change is sent by the autosave. */
export function ItemAnswerField({ itemId, answer, value, describedBy, error, onChange }: Props) {
  const { t } = useTranslation();
  const levelLabel = useLevelLabel();
  const common = { 'aria-describedby': describedBy, error, 'data-testid': `answer-${itemId}` };
  if (answer.kind === 'levels') {
    const current = value && 'percentage' in value ? String(value.percentage) : null;
    const described = answer.levels.some((level) => level.descriptors.length > 0);
    return (
      <Radio.Group
        {...common}
        label={t('evaluations.item.level', { id: itemId })}
        value={current}
        onChange={(v) => onChange({ percentage: Number(v) })}
      >
        {/* Described levels one per line, their descriptors readable on a tablet; bare
            percentages side by side. */}
        <SimpleGrid
          cols={described ? 1 : { base: 2, sm: Math.min(answer.levels.length, 5) }}
          spacing="xs"
          mt={4}
        >
          {answer.levels.map((level) => (
            <Radio
              key={level.value}
              value={String(level.value)}
              label={levelLabel(level)}
              description={<LevelDescription level={level} />}
            />
          ))}
        </SimpleGrid>
      </Radio.Group>
    );
  }
  if (answer.kind === 'outcome') {
    const current = value && 'outcome' in value ? value.outcome : null;
    return (
      <Radio.Group
        {...common}
        label={t('evaluations.item.outcome', { id: itemId })}
        value={current}
        onChange={(v) => onChange({ outcome: v === 'acquis' ? 'acquis' : 'non_acquis' })}
      >
        <SimpleGrid cols={2} spacing="xs" mt={4} maw={360}>
          <Radio value="acquis" label={t('evaluations.outcomes.acquis')} />
          <Radio value="non_acquis" label={t('evaluations.outcomes.non_acquis')} />
        </SimpleGrid>
      </Radio.Group>
    );
  }
  if (answer.kind === 'rightWrong') {
    const current = value && 'points' in value ? String(value.points) : null;
    return (
      <Radio.Group
        {...common}
        label={t('evaluations.item.rightWrong', { id: itemId })}
        value={current}
        onChange={(v) => onChange({ points: v === '1' ? 1 : 0 })}
      >
        <SimpleGrid cols={2} spacing="xs" mt={4} maw={360}>
          <Radio value="1" label={t('evaluations.item.right')} />
          <Radio value="0" label={t('evaluations.item.wrong')} />
        </SimpleGrid>
      </Radio.Group>
    );
  }
  if (answer.kind === 'points') {
    const current = value && 'points' in value ? value.points : '';
    return (
      <NumberInput
        {...common}
        label={t('evaluations.item.points', { id: itemId, max: answer.max })}
        min={0}
        max={answer.max}
        clampBehavior="strict"
        allowNegative={false}
        decimalScale={2}
        value={current}
        onChange={(v) => {
          const n = number(v);
          onChange(n === null ? null : { points: n });
        }}
        maw={240}
      />
    );
  }
  const current = value && 'percentage' in value ? value.percentage : '';
  return (
    <NumberInput
      {...common}
      label={t('evaluations.item.percentage', { id: itemId })}
      min={0}
      max={100}
      clampBehavior="strict"
      allowNegative={false}
      decimalScale={1}
      suffix=" %"
      value={current}
      onChange={(v) => {
        const n = number(v);
        onChange(n === null ? null : { percentage: n });
      }}
      maw={240}
    />
  );
}
