import type { RolePlay } from '@certeval/core/instruments/formSchema';
import {
  Button,
  Fieldset,
  Group,
  NativeSelect,
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
  addPrompt,
  addRole,
  addTextLine,
  itemsUsingCard,
  movePrompt,
  type RolePlayPrompt,
  removePrompt,
  removeRole,
  removeTextLine,
  setCardText,
  setPrompt,
  setRole,
  setTextLine,
} from './rolePlayDraft.ts';
import { TextListField } from './TextListField.tsx';
import { useCardName } from './useCardName.ts';
import { useFieldError } from './useFieldError.ts';

type Props = { card: RolePlay; index: number; count: number };

function Roles({
  card,
  path,
  put,
}: {
  card: RolePlay;
  path: string;
  put: (card: RolePlay) => void;
}) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  return (
    <Fieldset legend={t('instruments.rolePlays.roles')}>
      <Stack gap="xs">
        {card.roles.map((role, i) => {
          const number = i + 1;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: roles have no id; their place names them
            <Group key={i} gap="sm" align="flex-end" wrap="wrap">
              <TextInput
                style={{ flex: '1 1 10rem' }}
                label={t('instruments.rolePlays.who', { number })}
                value={role.who}
                onChange={(event) =>
                  put(setRole(card, i, { ...role, who: event.currentTarget.value }))
                }
                error={fieldError(`${path}.roles[${i}].who`)}
              />
              <TextInput
                style={{ flex: '2 1 14rem' }}
                label={t('instruments.rolePlays.role', { number })}
                value={role.role}
                onChange={(event) =>
                  put(setRole(card, i, { ...role, role: event.currentTarget.value }))
                }
                error={fieldError(`${path}.roles[${i}].role`)}
              />
              <Button
                variant="default"
                disabled={card.roles.length <= 1}
                aria-label={t('instruments.rolePlays.removeRole', { number })}
                onClick={() => put(removeRole(card, i))}
              >
                ✕
              </Button>
            </Group>
          );
        })}
        <Button
          w="fit-content"
          variant="default"
          size="compact-sm"
          onClick={() => put(addRole(card))}
        >
          {t('instruments.rolePlays.addRole')}
        </Button>
      </Stack>
    </Fieldset>
  );
}

function Prompts({
  card,
  path,
  put,
}: {
  card: RolePlay;
  path: string;
  put: (card: RolePlay) => void;
}) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const change = (i: number, prompt: RolePlayPrompt) => put(setPrompt(card, i, prompt));
  return (
    <Fieldset legend={t('instruments.rolePlays.prompts')}>
      <Stack gap="sm">
        <TextInput
          label={t('instruments.rolePlays.promptsIntro')}
          value={card.promptsIntro ?? ''}
          onChange={(event) => put(setCardText(card, 'promptsIntro', event.currentTarget.value))}
        />
        {card.prompts.map((prompt, i) => {
          const number = i + 1;
          const at = `${path}.prompts[${i}]`;
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: prompts have no id; their place names them
            <Stack key={i} gap={6} className="instrument-subcard">
              <Group gap="sm" align="flex-end" wrap="wrap">
                <NativeSelect
                  label={t('instruments.rolePlays.promptKind', { number })}
                  value={prompt.kind}
                  onChange={(event) =>
                    change(i, {
                      ...prompt,
                      kind: event.currentTarget.value as RolePlayPrompt['kind'],
                    })
                  }
                  data={(['line', 'situation'] as const).map((kind) => ({
                    value: kind,
                    label: t(`instruments.rolePlays.promptKinds.${kind}`),
                  }))}
                />
                <TextInput
                  style={{ flex: '1 1 12rem' }}
                  label={t('instruments.rolePlays.condition', { number })}
                  value={prompt.condition ?? ''}
                  onChange={(event) =>
                    change(i, { ...prompt, condition: event.currentTarget.value })
                  }
                />
                <Group gap={4}>
                  <Button
                    variant="default"
                    size="compact-sm"
                    disabled={i === 0}
                    aria-label={t('instruments.rolePlays.moveUpPrompt', { number })}
                    onClick={() => put(movePrompt(card, i, -1))}
                  >
                    ↑
                  </Button>
                  <Button
                    variant="default"
                    size="compact-sm"
                    disabled={i === card.prompts.length - 1}
                    aria-label={t('instruments.rolePlays.moveDownPrompt', { number })}
                    onClick={() => put(movePrompt(card, i, 1))}
                  >
                    ↓
                  </Button>
                  <Button
                    variant="default"
                    size="compact-sm"
                    disabled={card.prompts.length <= 1}
                    aria-label={t('instruments.rolePlays.removePrompt', { number })}
                    onClick={() => put(removePrompt(card, i))}
                  >
                    ✕
                  </Button>
                </Group>
              </Group>
              <Textarea
                label={t('instruments.rolePlays.promptText', { number })}
                autosize
                minRows={1}
                value={prompt.text}
                onChange={(event) => change(i, { ...prompt, text: event.currentTarget.value })}
                error={fieldError(`${at}.text`)}
              />
            </Stack>
          );
        })}
        <Button
          w="fit-content"
          variant="default"
          size="compact-sm"
          onClick={() => put(addPrompt(card))}
        >
          {t('instruments.rolePlays.addPrompt')}
        </Button>
      </Stack>
    </Fieldset>
  );
}

/** One role-play card: title, roles, context, the jury's lines, success criteria, source. */
export function RolePlayCardEditor({ card, index, count }: Props) {
  const { t } = useTranslation();
  const cardName = useCardName();
  const { draft, dispatch } = useEditor();
  const fieldError = useFieldError();
  const headingId = useId();
  const path = `$.rolePlays[${index}]`;
  const put = (next: RolePlay) => dispatch({ type: 'replaceRolePlay', index, with: next });
  const users = itemsUsingCard(draft, card.id);
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby={headingId}
      data-testid={`role-play-${card.id}`}
    >
      <Stack gap="sm">
        <Title order={3} size="h4" id={headingId}>
          {cardName(card)}
        </Title>
        {users.length > 0 ? (
          <Text size="sm" c="dimmed">
            {t('instruments.rolePlays.usedBy', { items: users.join(', ') })}
          </Text>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('instruments.rolePlays.cardTitle', { number: card.number })}
            value={card.title}
            onChange={(event) => put(setCardText(card, 'title', event.currentTarget.value))}
            error={fieldError(`${path}.title`)}
          />
          <TextInput
            label={t('instruments.rolePlays.source')}
            value={card.source}
            onChange={(event) => put(setCardText(card, 'source', event.currentTarget.value))}
            error={fieldError(`${path}.source`)}
          />
        </SimpleGrid>
        <Roles card={card} path={path} put={put} />
        <TextListField
          legend={t('instruments.rolePlays.context')}
          lines={card.context}
          path={`${path}.context`}
          labelOf={(number) => t('instruments.rolePlays.contextLine', { number })}
          removeLabelOf={(number) => t('instruments.rolePlays.removeContext', { number })}
          addLabel={t('instruments.rolePlays.addContext')}
          onChange={(i, text) => put(setTextLine(card, 'context', i, text))}
          onAdd={() => put(addTextLine(card, 'context'))}
          onRemove={(i) => put(removeTextLine(card, 'context', i))}
        />
        <Prompts card={card} path={path} put={put} />
        <TextListField
          legend={t('instruments.rolePlays.successCriteria')}
          lines={card.successCriteria}
          path={`${path}.successCriteria`}
          labelOf={(number) => t('instruments.rolePlays.criterion', { number })}
          removeLabelOf={(number) => t('instruments.rolePlays.removeCriterion', { number })}
          addLabel={t('instruments.rolePlays.addCriterion')}
          onChange={(i, text) => put(setTextLine(card, 'successCriteria', i, text))}
          onAdd={() => put(addTextLine(card, 'successCriteria'))}
          onRemove={(i) => put(removeTextLine(card, 'successCriteria', i))}
        />
        <Group gap={6}>
          <Button
            size="compact-sm"
            variant="default"
            disabled={index === 0}
            onClick={() => dispatch({ type: 'moveRolePlay', index, by: -1 })}
          >
            {t('instruments.rolePlays.moveUp', { number: card.number })}
          </Button>
          <Button
            size="compact-sm"
            variant="default"
            disabled={index === count - 1}
            onClick={() => dispatch({ type: 'moveRolePlay', index, by: 1 })}
          >
            {t('instruments.rolePlays.moveDown', { number: card.number })}
          </Button>
          <Button
            size="compact-sm"
            variant="default"
            disabled={users.length > 0}
            onClick={() => dispatch({ type: 'removeRolePlay', index })}
          >
            {t('instruments.rolePlays.remove', { number: card.number })}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
