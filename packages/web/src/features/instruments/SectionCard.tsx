import type { Section } from '@certeval/core/instruments/schema';
import {
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from './EditorContext.tsx';
import { ItemRow } from './ItemRow.tsx';
import { nextItemId } from './instrumentDraft.ts';
import { addableItemTypes, type ItemType, newItem } from './itemFields.ts';
import { domainsOf } from './referentialOptions.ts';
import { useFieldError } from './useFieldError.ts';

type Props = {
  section: Section;
  index: number;
  count: number;
  openItem: string | null;
  onOpenItem: (id: string | null) => void;
};

function SectionHeader({ section, index, count }: Pick<Props, 'section' | 'index' | 'count'>) {
  const { t } = useTranslation();
  const { dispatch, version, announce, focusLater } = useEditor();
  const fieldError = useFieldError();
  const [confirming, setConfirming] = useState(false);
  const number = index + 1;
  const path = `$.sections[${index}]`;
  const set = (fields: { title?: string; domain?: string }) =>
    dispatch({
      type: 'setSection',
      section: section.id,
      title: fields.title ?? section.title ?? '',
      domain: 'domain' in fields ? fields.domain : section.domain,
    });
  const move = (by: -1 | 1) => {
    dispatch({ type: 'moveSection', section: section.id, by });
    announce(t('instruments.editor.sectionMoved', { position: number + by, count }));
    const [same, other] = by === -1 ? ['up', 'down'] : ['down', 'up'];
    focusLater([`section-${same}:${section.id}`, `section-${other}:${section.id}`]);
  };
  const remove = () => {
    if (section.items.length > 0 && !confirming) return setConfirming(true);
    dispatch({ type: 'removeSection', section: section.id });
    focusLater(['add-section']);
  };
  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          label={t('instruments.editor.sectionTitle', { number })}
          value={section.title ?? ''}
          onChange={(event) => set({ title: event.currentTarget.value })}
          error={fieldError(`${path}.title`)}
          data-focus={`section-title:${section.id}`}
          data-testid={`section-title-${section.id}`}
        />
        <NativeSelect
          label={t('instruments.editor.sectionDomain', { number })}
          value={section.domain ?? ''}
          onChange={(event) => set({ domain: event.currentTarget.value || undefined })}
          data={[
            { value: '', label: t('instruments.editor.noDomain') },
            ...domainsOf(version).map((d) => ({ value: d.code, label: `${d.code} — ${d.label}` })),
          ]}
          error={fieldError(`${path}.domain`)}
        />
      </SimpleGrid>
      <Group gap={6}>
        <Button
          size="compact-sm"
          variant="default"
          disabled={index === 0}
          onClick={() => move(-1)}
          data-focus={`section-up:${section.id}`}
        >
          {t('instruments.editor.moveSectionUp', { number })}
        </Button>
        <Button
          size="compact-sm"
          variant="default"
          disabled={index === count - 1}
          onClick={() => move(1)}
          data-focus={`section-down:${section.id}`}
        >
          {t('instruments.editor.moveSectionDown', { number })}
        </Button>
        <Button size="compact-sm" variant="default" disabled={count <= 1} onClick={remove}>
          {t('instruments.editor.removeSection', { number })}
        </Button>
      </Group>
      {confirming ? (
        <Group gap="sm" role="alert">
          <Text fw={600}>
            {t('instruments.editor.removeSectionConfirm', { number, count: section.items.length })}
          </Text>
          <Button size="compact-sm" color="red.9" onClick={remove}>
            {t('instruments.editor.confirm')}
          </Button>
          <Button size="compact-sm" variant="default" onClick={() => setConfirming(false)}>
            {t('instruments.editor.cancel')}
          </Button>
        </Group>
      ) : null}
    </Stack>
  );
}

function AddItem({ section, index, onOpenItem }: Pick<Props, 'section' | 'index' | 'onOpenItem'>) {
  const { t } = useTranslation();
  const { draft, dispatch } = useEditor();
  const types = addableItemTypes(draft.kind);
  const [type, setType] = useState<ItemType>(types[0] ?? 'observation');
  const add = () => {
    const id = nextItemId(draft, section.id);
    dispatch({ type: 'addItem', section: section.id, item: newItem(type, id, draft.scales) });
    onOpenItem(id);
  };
  return (
    <Group gap="sm" align="flex-end">
      <NativeSelect
        label={t('instruments.editor.addItemType', { number: index + 1 })}
        value={type}
        onChange={(event) => setType(event.currentTarget.value as ItemType)}
        data={types.map((value) => ({ value, label: t(`instruments.itemTypes.${value}`) }))}
      />
      <Button
        variant="default"
        onClick={add}
        data-focus={`add-item:${section.id}`}
        data-testid={`add-item-${section.id}`}
      >
        {t('instruments.editor.addItem')}
      </Button>
    </Group>
  );
}

/** A section: its title and domain, its items in order, and adding one. */
export function SectionCard({ section, index, count, openItem, onOpenItem }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby={headingId}
      data-testid={`section-${section.id}`}
    >
      <Stack gap="sm">
        <Title order={3} size="h4" id={headingId}>
          {t('instruments.editor.section', { number: index + 1 })}
          {section.title ? ` — ${section.title}` : ''}
        </Title>
        <SectionHeader section={section} index={index} count={count} />
        {section.items.length === 0 ? (
          <Text c="dimmed">{t('instruments.editor.sectionEmpty')}</Text>
        ) : null}
        <ol className="instrument-items">
          {section.items.map((item, i) => (
            <ItemRow
              key={item.id}
              item={item}
              index={i}
              count={section.items.length}
              sectionId={section.id}
              sectionDomain={section.domain}
              path={`$.sections[${index}].items[${i}]`}
              open={openItem === item.id}
              onOpen={onOpenItem}
            />
          ))}
        </ol>
        <AddItem section={section} index={index} onOpenItem={onOpenItem} />
      </Stack>
    </Paper>
  );
}
