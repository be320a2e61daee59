import type { Item, Scoring } from '@certeval/core/instruments/schema';
import { Group, NativeSelect, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useEditor } from './EditorContext.tsx';
import {
  choicesOf,
  defaultScoring,
  SCORING_MODELS,
  type ScoringModel,
  setPoints,
  withScoring,
} from './itemFields.ts';
import { useFieldError } from './useFieldError.ts';

type Props = { item: Item; path: string | undefined; onChange: (item: Item) => void };

/** A number typed in a NumberInput; NaN when emptied, which core reports where it is. */
const asNumber = (value: number | string) => (typeof value === 'number' ? value : Number.NaN);

function ScaleChoice({
  item,
  scoring,
  path,
  onChange,
}: Props & { scoring: Extract<Scoring, { model: 'scale_percentage' }> }) {
  const { t } = useTranslation();
  const { draft } = useEditor();
  const fieldError = useFieldError();
  const scale = draft.scales.find((s) => s.id === scoring.scale);
  if (draft.scales.length === 0) return <Text c="red.9">{t('instruments.scoring.noScale')}</Text>;
  const set = (scaleId: string, descriptorSet: string) =>
    onChange(
      withScoring(item, {
        model: 'scale_percentage',
        scale: scaleId,
        ...(descriptorSet ? { descriptorSet } : {}),
      }),
    );
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      <NativeSelect
        label={t('instruments.scoring.scale')}
        value={scoring.scale}
        onChange={(event) => set(event.currentTarget.value, '')}
        data={[
          ...(scale ? [] : [{ value: scoring.scale, label: scoring.scale || '—' }]),
          ...draft.scales.map((s, i) => ({
            value: s.id,
            label: s.title ?? t('instruments.scales.scale', { number: i + 1 }),
          })),
        ]}
        error={fieldError(path && `${path}.scoring.scale`)}
      />
      {scale && scale.descriptorSets.length > 0 ? (
        <NativeSelect
          label={t('instruments.scoring.descriptorSet')}
          value={scoring.descriptorSet ?? ''}
          onChange={(event) => set(scoring.scale, event.currentTarget.value)}
          data={[
            { value: '', label: t('instruments.scoring.allDescriptors') },
            ...scale.descriptorSets.map((s) => ({ value: s.id, label: s.label })),
          ]}
          error={fieldError(path && `${path}.scoring.descriptorSet`)}
        />
      ) : null}
    </SimpleGrid>
  );
}

function PartialCredit({
  item,
  scoring,
  path,
  onChange,
}: Props & { scoring: Extract<Scoring, { model: 'partial_credit' }> }) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const bound = (field: 'min' | 'max', value: number | string) => {
    const { [field]: _previous, ...rest } = scoring;
    const next = field === 'min' && value === '' ? rest : { ...rest, [field]: asNumber(value) };
    onChange(withScoring(item, next as Scoring));
  };
  return (
    <Stack gap="xs">
      <Group gap="sm" align="flex-start">
        {choicesOf(item).map((choice) => (
          <NumberInput
            key={choice.id}
            w={150}
            label={t('instruments.scoring.points', { choice: choice.id })}
            value={scoring.points[choice.id] ?? 0}
            onChange={(value) => onChange(setPoints(item, choice.id, asNumber(value)))}
            error={fieldError(path && `${path}.scoring.points.${choice.id}`)}
          />
        ))}
      </Group>
      <Group gap="sm" align="flex-start">
        <NumberInput
          w={150}
          label={t('instruments.scoring.min')}
          value={scoring.min ?? ''}
          onChange={(value) => bound('min', value)}
          error={fieldError(path && `${path}.scoring.min`)}
        />
        <NumberInput
          w={150}
          label={t('instruments.scoring.max')}
          value={scoring.max}
          onChange={(value) => bound('max', value)}
          error={fieldError(path && `${path}.scoring.max`)}
        />
      </Group>
    </Stack>
  );
}

/** The scoring model of an item, and what that model needs: a scale, points, a maximum. */
export function ScoringFields({ item, path, onChange }: Props) {
  const { t } = useTranslation();
  const { draft } = useEditor();
  const fieldError = useFieldError();
  const { scoring } = item;
  return (
    <Stack gap="xs">
      <NativeSelect
        label={t('instruments.item.scoring', { id: item.id })}
        value={scoring.model}
        onChange={(event) =>
          onChange(
            withScoring(
              item,
              defaultScoring(event.currentTarget.value as ScoringModel, item, draft.scales),
            ),
          )
        }
        data={[
          ...SCORING_MODELS.filter(
            (model) => model !== 'partial_credit' || choicesOf(item).length > 0,
          ),
          // Response rules come from an imported QTI item: kept, not written by hand.
          ...(scoring.model === 'response_cases' ? (['response_cases'] as const) : []),
        ].map((model) => ({ value: model, label: t(`instruments.scoringModels.${model}`) }))}
        error={fieldError(path && `${path}.scoring`, true)}
        data-testid={`scoring-${item.id}`}
      />
      {scoring.model === 'scale_percentage' ? (
        <ScaleChoice item={item} scoring={scoring} path={path} onChange={onChange} />
      ) : null}
      {scoring.model === 'partial_credit' ? (
        <PartialCredit item={item} scoring={scoring} path={path} onChange={onChange} />
      ) : null}
      {scoring.model === 'manual' ? (
        <NumberInput
          w={220}
          label={t('instruments.scoring.maxPoints')}
          value={scoring.maxPoints ?? ''}
          onChange={(value) =>
            onChange(
              withScoring(
                item,
                value === ''
                  ? { model: 'manual' }
                  : { model: 'manual', maxPoints: asNumber(value) },
              ),
            )
          }
          error={fieldError(path && `${path}.scoring.maxPoints`)}
        />
      ) : null}
    </Stack>
  );
}
