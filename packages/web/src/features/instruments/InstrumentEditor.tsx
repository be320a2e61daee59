import { Paper, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from './EditorContext.tsx';
import { ProblemList } from './ProblemList.tsx';
import { RolePlaysEditor } from './RolePlaysEditor.tsx';
import { ScalesEditor } from './ScalesEditor.tsx';
import { SectionsEditor } from './SectionsEditor.tsx';
import { useFieldError } from './useFieldError.ts';

function GeneralFields() {
  const { t } = useTranslation();
  const { draft, dispatch } = useEditor();
  const fieldError = useFieldError();
  const headingId = useId();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={2} size="h3" id={headingId}>
          {t('instruments.editor.general')}
        </Title>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <TextInput
            label={t('instruments.editor.titleField')}
            required
            value={draft.title}
            onChange={(event) => dispatch({ type: 'setTitle', title: event.currentTarget.value })}
            error={fieldError('$.title')}
            data-testid="instrument-title-field"
          />
        </SimpleGrid>
        <Textarea
          label={t('instruments.editor.description')}
          autosize
          minRows={2}
          value={draft.description ?? ''}
          onChange={(event) =>
            dispatch({ type: 'setDescription', description: event.currentTarget.value })
          }
          error={fieldError('$.description')}
        />
      </Stack>
    </Paper>
  );
}

/** The whole instrument, editable: general fields, sections and items, scales, role plays. */
export function InstrumentEditor({ saveBar }: { saveBar: ReactNode }) {
  return (
    <Stack gap="lg" data-testid="instrument-editor">
      {saveBar}
      <ProblemList />
      <GeneralFields />
      <SectionsEditor />
      <ScalesEditor />
      <RolePlaysEditor />
    </Stack>
  );
}
