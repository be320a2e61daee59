import type { Item } from '@certeval/core/instruments/schema';
import {
  Button,
  Group,
  List,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Textarea,
  Title,
} from '@mantine/core';
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n.ts';
import { ChoicesFields } from './ChoicesFields.tsx';
import { CompetencePicker } from './CompetencePicker.tsx';
import { useEditor } from './EditorContext.tsx';
import { itemText, textField, withDomain, withEvaluates, withText } from './itemFields.ts';
import { PromptsFields } from './PromptsFields.tsx';
import { problemsAt } from './problemPaths.ts';
import { domainsOf } from './referentialOptions.ts';
import { ScoringFields } from './ScoringFields.tsx';
import { useFieldError } from './useFieldError.ts';

type Props = {
  item: Item;
  sectionId: string;
  sectionDomain: string | undefined;
  path: string | undefined;
  onClose: () => void;
};

/** Problems of the item that no field below shows (its id, its type…), listed at the end. */
const FIELD_PARTS = [
  'observation',
  'stem',
  'domain',
  'evaluates',
  'scoring',
  'choices',
  'prompts',
  'correct',
];

function OtherProblems({ path }: { path: string | undefined }) {
  const { problems } = useEditor();
  if (!path) return null;
  const locale = currentLocale();
  const others = problemsAt(problems, path).filter(
    (p) => !FIELD_PARTS.some((part) => p.path.startsWith(`${path}.${part}`)),
  );
  if (others.length === 0) return null;
  return (
    <List size="sm" c="red.9">
      {others.map((p) => (
        <List.Item key={`${p.path}|${p.message.en}`}>{p.message[locale]}</List.Item>
      ))}
    </List>
  );
}

/** Everything of one item: text, domain, what it evaluates, scoring, answers, prompts. */
export function ItemEditor({ item, sectionId, sectionDomain, path, onClose }: Props) {
  const { t } = useTranslation();
  const { draft, dispatch, version } = useEditor();
  const fieldError = useFieldError();
  const headingId = useId();
  const textRef = useRef<HTMLTextAreaElement>(null);
  // Opening an item moves the focus to its text, where editing starts.
  useEffect(() => textRef.current?.focus(), []);
  const change = (next: Item) => dispatch({ type: 'replaceItem', item: item.id, with: next });
  const field = textField(item);
  const domains = domainsOf(version);
  return (
    <Paper
      withBorder
      p="md"
      mt="xs"
      className="instrument-item-editor"
      aria-labelledby={headingId}
      component="section"
    >
      <Stack gap="sm">
        <Title order={4} size="h5" id={headingId}>
          {t('instruments.item.editorTitle', { id: item.id })}
        </Title>
        <Textarea
          ref={textRef}
          label={t(`instruments.item.text_${field}`, { id: item.id })}
          autosize
          minRows={2}
          value={itemText(item)}
          onChange={(event) => change(withText(item, event.currentTarget.value))}
          error={fieldError(path && `${path}.${field}`)}
          data-testid={`item-text-${item.id}`}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            label={t('instruments.item.domain', { id: item.id })}
            value={item.domain ?? ''}
            onChange={(event) => change(withDomain(item, event.currentTarget.value))}
            data={[
              {
                value: '',
                label: sectionDomain
                  ? t('instruments.item.domainInherited', { domain: sectionDomain })
                  : t('instruments.item.domainNone'),
              },
              ...domains.map((d) => ({ value: d.code, label: `${d.code} — ${d.label}` })),
              ...(item.domain && !domains.some((d) => d.code === item.domain)
                ? [{ value: item.domain, label: item.domain }]
                : []),
            ]}
            error={fieldError(path && `${path}.domain`)}
            data-testid={`item-domain-${item.id}`}
          />
          {draft.sections.length > 1 ? (
            <NativeSelect
              label={t('instruments.item.moveToSection', { id: item.id })}
              value={sectionId}
              onChange={(event) =>
                dispatch({
                  type: 'moveItemToSection',
                  item: item.id,
                  section: event.currentTarget.value,
                })
              }
              data={draft.sections.map((section, index) => ({
                value: section.id,
                label: section.title ?? t('instruments.editor.section', { number: index + 1 }),
              }))}
            />
          ) : null}
        </SimpleGrid>
        <CompetencePicker
          itemId={item.id}
          value={item.evaluates}
          error={fieldError(path && `${path}.evaluates`)}
          onChange={(codes) => change(withEvaluates(item, codes))}
        />
        <ScoringFields item={item} path={path} onChange={change} />
        <ChoicesFields item={item} path={path} onChange={change} />
        <PromptsFields item={item} path={path} onChange={change} />
        <OtherProblems path={path} />
        <Group>
          <Button
            variant="default"
            onClick={onClose}
            aria-label={t('instruments.item.closeItem', { id: item.id })}
            data-testid={`item-close-${item.id}`}
          >
            {t('instruments.item.close')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
