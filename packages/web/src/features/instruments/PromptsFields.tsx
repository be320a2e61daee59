import type { Item } from '@certeval/core/instruments/schema';
import { Button, Fieldset, Group, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useEditor } from './EditorContext.tsx';
import {
  addPrompt,
  movePrompt,
  type Prompt,
  promptsOf,
  removePrompt,
  setPrompt,
} from './itemFields.ts';
import { useCardName } from './useCardName.ts';
import { useFieldError } from './useFieldError.ts';

type Props = { item: Item; path: string | undefined; onChange: (item: Item) => void };

/** The questions and role plays of an observation line (seed 002's "Questions et jeux de rôles"). */
export function PromptsFields({ item, path, onChange }: Props) {
  const { t } = useTranslation();
  const cardName = useCardName();
  const { draft } = useEditor();
  const fieldError = useFieldError();
  if (item.type !== 'observation') return null;
  const prompts = promptsOf(item);
  const cards = draft.rolePlays ?? [];
  const put = (index: number, prompt: Prompt) => onChange(setPrompt(item, index, prompt));
  return (
    <Fieldset legend={t('instruments.prompts.title')}>
      <Stack gap="sm">
        {prompts.length === 0 ? <Text c="dimmed">{t('instruments.prompts.none')}</Text> : null}
        {prompts.map((prompt, index) => {
          const number = index + 1;
          const at = path && `${path}.prompts[${index}]`;
          return (
            // Prompts have no id: their place is what identifies them while editing.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <Stack key={index} gap={6} className="instrument-subcard">
              <Group gap="sm" align="flex-end" wrap="wrap">
                <NativeSelect
                  label={t('instruments.prompts.kind', { number })}
                  value={prompt.kind}
                  onChange={(event) => {
                    const kind = event.currentTarget.value as Prompt['kind'];
                    const { rolePlay: _card, ...rest } = prompt;
                    put(index, { ...rest, kind });
                  }}
                  data={(['question', 'role_play'] as const).map((kind) => ({
                    value: kind,
                    label: t(`instruments.prompts.kinds.${kind}`),
                  }))}
                />
                {prompt.kind === 'role_play' ? (
                  <NativeSelect
                    label={t('instruments.prompts.card', { number })}
                    value={prompt.rolePlay ?? ''}
                    onChange={(event) => {
                      const { rolePlay: _card, ...rest } = prompt;
                      const card = event.currentTarget.value;
                      put(index, card ? { ...rest, rolePlay: card } : rest);
                    }}
                    data={[
                      { value: '', label: t('instruments.prompts.noCard') },
                      ...cards.map((card) => ({
                        value: card.id,
                        label: cardName(card),
                      })),
                    ]}
                    error={fieldError(at && `${at}.rolePlay`)}
                  />
                ) : null}
                <Group gap={4}>
                  <Button
                    variant="default"
                    size="compact-sm"
                    disabled={index === 0}
                    aria-label={t('instruments.prompts.moveUp', { number })}
                    onClick={() => onChange(movePrompt(item, index, -1))}
                  >
                    ↑
                  </Button>
                  <Button
                    variant="default"
                    size="compact-sm"
                    disabled={index === prompts.length - 1}
                    aria-label={t('instruments.prompts.moveDown', { number })}
                    onClick={() => onChange(movePrompt(item, index, 1))}
                  >
                    ↓
                  </Button>
                  <Button
                    variant="default"
                    size="compact-sm"
                    aria-label={t('instruments.prompts.remove', { number })}
                    onClick={() => onChange(removePrompt(item, index))}
                  >
                    ✕
                  </Button>
                </Group>
              </Group>
              <Textarea
                label={t('instruments.prompts.text', { number })}
                autosize
                minRows={1}
                value={prompt.text}
                onChange={(event) => put(index, { ...prompt, text: event.currentTarget.value })}
                error={fieldError(at && `${at}.text`)}
              />
            </Stack>
          );
        })}
        <Button
          w="fit-content"
          variant="default"
          size="compact-sm"
          onClick={() => onChange(addPrompt(item, { kind: 'question', text: '' }))}
        >
          {t('instruments.prompts.add')}
        </Button>
      </Stack>
    </Fieldset>
  );
}
