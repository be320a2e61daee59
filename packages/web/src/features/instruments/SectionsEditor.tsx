import { Button, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from './EditorContext.tsx';
import { nextSectionId } from './instrumentDraft.ts';
import { SectionCard } from './SectionCard.tsx';

/** The sections of the instrument in order, with the one item open for editing. */
export function SectionsEditor() {
  const { t } = useTranslation();
  const { draft, dispatch, focusLater } = useEditor();
  const headingId = useId();
  const [openItem, setOpenItem] = useState<string | null>(null);
  const addSection = () => {
    const id = nextSectionId(draft);
    dispatch({
      type: 'addSection',
      section: { id, title: t('instruments.editor.newSection'), items: [] },
    });
    focusLater([`section-title:${id}`]);
  };
  return (
    <section aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={2} size="h3" id={headingId}>
          {t('instruments.editor.sectionsTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('instruments.editor.sectionsHelp')}
        </Text>
        {draft.sections.map((section, index) => (
          <SectionCard
            key={section.id}
            section={section}
            index={index}
            count={draft.sections.length}
            openItem={openItem}
            onOpenItem={setOpenItem}
          />
        ))}
        <Button w="fit-content" variant="default" onClick={addSection} data-focus="add-section">
          {t('instruments.editor.addSection')}
        </Button>
      </Stack>
    </section>
  );
}
