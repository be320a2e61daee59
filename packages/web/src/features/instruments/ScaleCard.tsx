import type { AppreciationScale } from '@certeval/core/instruments/schema';
import {
  Button,
  Fieldset,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from './EditorContext.tsx';
import {
  addDescriptorSet,
  addLevel,
  itemsOnScale,
  removeDescriptorSet,
  removeLevel,
  setDescriptor,
  setDescriptorSetLabel,
  setLevelLabel,
  setLevelValue,
  setScaleTitle,
} from './scaleDraft.ts';
import { useFieldError } from './useFieldError.ts';

type Props = { scale: AppreciationScale; index: number };

function DescriptorSets({ scale, index }: Props) {
  const { t } = useTranslation();
  const { dispatch } = useEditor();
  const fieldError = useFieldError();
  const put = (next: AppreciationScale) => dispatch({ type: 'replaceScale', index, with: next });
  return (
    <Fieldset legend={t('instruments.scales.sets')}>
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {t('instruments.scales.setsHelp')}
        </Text>
        {scale.descriptorSets.map((set, i) => (
          <Group key={set.id} gap="sm" align="flex-end">
            <TextInput
              style={{ flex: '1 1 16rem' }}
              label={t('instruments.scales.setLabel', { number: i + 1 })}
              value={set.label}
              onChange={(event) =>
                put(setDescriptorSetLabel(scale, set.id, event.currentTarget.value))
              }
              error={fieldError(`$.scales[${index}].descriptorSets[${i}]`)}
            />
            <Button variant="default" onClick={() => put(removeDescriptorSet(scale, set.id))}>
              {t('instruments.scales.removeSet', { number: i + 1 })}
            </Button>
          </Group>
        ))}
        <Button
          w="fit-content"
          variant="default"
          size="compact-sm"
          onClick={() => put(addDescriptorSet(scale, t('instruments.scales.newSet')))}
        >
          {t('instruments.scales.addSet')}
        </Button>
      </Stack>
    </Fieldset>
  );
}

function Levels({ scale, index }: Props) {
  const { t } = useTranslation();
  const { dispatch } = useEditor();
  const fieldError = useFieldError();
  const put = (next: AppreciationScale) => dispatch({ type: 'replaceScale', index, with: next });
  return (
    <Fieldset legend={t('instruments.scales.levels')}>
      <Stack gap="sm">
        {scale.levels.map((level, i) => {
          const number = i + 1;
          const at = `$.scales[${index}].levels[${i}]`;
          return (
            // Levels have no id: their place is what identifies them while editing.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <Paper key={i} withBorder p="sm" data-testid={`level-${index}-${i}`}>
              <Stack gap="xs">
                <Group gap="sm" align="flex-start" wrap="wrap">
                  <NumberInput
                    w={180}
                    label={t('instruments.scales.value', { number })}
                    min={0}
                    max={100}
                    allowDecimal
                    clampBehavior="none"
                    value={Number.isNaN(level.value) ? '' : level.value}
                    onChange={(value) =>
                      put(setLevelValue(scale, i, typeof value === 'number' ? value : Number.NaN))
                    }
                    error={fieldError(`${at}.value`) ?? fieldError(`${at}.band`)}
                    data-testid={`level-value-${index}-${i}`}
                  />
                  <TextInput
                    style={{ flex: '1 1 12rem' }}
                    label={t('instruments.scales.label', { number })}
                    value={level.label ?? ''}
                    onChange={(event) => put(setLevelLabel(scale, i, event.currentTarget.value))}
                    error={fieldError(`${at}.label`)}
                  />
                  <Button
                    mt={24}
                    variant="default"
                    disabled={scale.levels.length <= 2}
                    title={scale.levels.length <= 2 ? t('instruments.scales.minLevels') : undefined}
                    onClick={() => put(removeLevel(scale, i))}
                  >
                    {t('instruments.scales.removeLevel', { number })}
                  </Button>
                </Group>
                {scale.descriptorSets.map((set) => (
                  <Textarea
                    key={set.id}
                    label={t('instruments.scales.descriptor', { set: set.label, number })}
                    autosize
                    minRows={1}
                    value={level.descriptors?.[set.id] ?? ''}
                    onChange={(event) =>
                      put(setDescriptor(scale, i, set.id, event.currentTarget.value))
                    }
                    error={fieldError(`${at}.descriptors.${set.id}`)}
                  />
                ))}
                {fieldError(`${at}.descriptors`, true) ? (
                  <Text c="red.9" size="sm">
                    {fieldError(`${at}.descriptors`, true)}
                  </Text>
                ) : null}
              </Stack>
            </Paper>
          );
        })}
        <Button
          w="fit-content"
          variant="default"
          size="compact-sm"
          onClick={() => put(addLevel(scale))}
        >
          {t('instruments.scales.addLevel')}
        </Button>
      </Stack>
    </Fieldset>
  );
}

/** One appreciation scale: title, descriptor sets, and its levels with their descriptors. */
export function ScaleCard({ scale, index }: Props) {
  const { t } = useTranslation();
  const { draft, dispatch } = useEditor();
  const fieldError = useFieldError();
  const headingId = useId();
  const number = index + 1;
  const users = itemsOnScale(draft, scale.id);
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby={headingId}
      data-testid={`scale-${scale.id}`}
    >
      <Stack gap="sm">
        <Title order={3} size="h4" id={headingId}>
          {t('instruments.scales.scale', { number })}
          {scale.title ? ` — ${scale.title}` : ''}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('instruments.scales.scaleTitle', { number })}
            value={scale.title ?? ''}
            onChange={(event) =>
              dispatch({
                type: 'replaceScale',
                index,
                with: setScaleTitle(scale, event.currentTarget.value),
              })
            }
            error={fieldError(`$.scales[${index}].title`)}
          />
        </SimpleGrid>
        <DescriptorSets scale={scale} index={index} />
        <Levels scale={scale} index={index} />
        <Group gap="sm">
          <Button
            variant="default"
            disabled={users.length > 0}
            onClick={() => dispatch({ type: 'removeScale', index })}
          >
            {t('instruments.scales.remove', { number })}
          </Button>
          {users.length > 0 ? (
            <Text size="sm" c="dimmed">
              {t('instruments.scales.inUse', {
                count: users.length,
                items: users.slice(0, 5).join(', ') + (users.length > 5 ? '…' : ''),
              })}
            </Text>
          ) : null}
        </Group>
      </Stack>
    </Paper>
  );
}
