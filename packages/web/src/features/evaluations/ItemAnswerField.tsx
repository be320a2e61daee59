import { Group, Radio, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ItemValue } from './evaluationDraft.ts';
import { type AnswerInput, COMMON_LEVELS, type Level } from './itemAnswer.ts';
import { TypedNumberField } from './TypedNumberField.tsx';

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
    const current = value && 'points' in value ? value.points : null;
    return (
      <TypedNumberField
        label={t('evaluations.item.points', { id: itemId, max: answer.max })}
        max={answer.max}
        value={current}
        describedBy={describedBy}
        testId={`answer-${itemId}`}
        onChange={(n) => onChange(n === null ? null : { points: n })}
      />
    );
  }
  return (
    <PercentageField itemId={itemId} value={value} describedBy={describedBy} onChange={onChange} />
  );
}

/**
 * A percentage the scale leaves free (0 to 100): the levels of the appreciation scale as
 * buttons (seed 002: 0, 30, 50, 70, 100 %), and any other value typed in, never changed.
 */
function PercentageField({
  itemId,
  value,
  describedBy,
  onChange,
}: Pick<Props, 'itemId' | 'value' | 'describedBy' | 'onChange'>) {
  const { t } = useTranslation();
  const current = value && 'percentage' in value ? value.percentage : null;
  const onLevel = current !== null && COMMON_LEVELS.includes(current);
  return (
    <Stack gap={6}>
      <Radio.Group
        label={t('evaluations.item.percentage', { id: itemId })}
        aria-describedby={describedBy}
        value={onLevel ? String(current) : null}
        onChange={(v) => onChange({ percentage: Number(v) })}
        data-testid={`answer-${itemId}`}
      >
        <Group gap="xs" mt={4}>
          {COMMON_LEVELS.map((level) => (
            <Radio.Card
              key={level}
              value={String(level)}
              className="level-button"
              data-testid={`level-${itemId}-${level}`}
            >
              {t('evaluations.item.percent', { value: level })}
            </Radio.Card>
          ))}
        </Group>
      </Radio.Group>
      <TypedNumberField
        label={t('evaluations.item.otherPercentage', { id: itemId })}
        max={100}
        value={onLevel ? null : current}
        describedBy={describedBy}
        testId={`percentage-${itemId}`}
        suffix="%"
        onChange={(n) => onChange(n === null ? null : { percentage: n })}
      />
    </Stack>
  );
}
