import { Button, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from './EditorContext.tsx';
import { ScaleCard } from './ScaleCard.tsx';
import { newScale } from './scaleDraft.ts';

/** The instrument's appreciation scales (issue 4: scales are data). */
export function ScalesEditor() {
  const { t } = useTranslation();
  const { draft, dispatch } = useEditor();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Stack gap="md">
        <Title order={2} size="h3" id={headingId}>
          {t('instruments.scales.title')}
        </Title>
        {draft.scales.length === 0 ? <Text c="dimmed">{t('instruments.scales.none')}</Text> : null}
        {draft.scales.map((scale, index) => (
          <ScaleCard key={scale.id} scale={scale} index={index} />
        ))}
        <Button
          w="fit-content"
          variant="default"
          onClick={() =>
            dispatch({ type: 'addScale', scale: newScale(draft, t('instruments.scales.newTitle')) })
          }
        >
          {t('instruments.scales.add')}
        </Button>
      </Stack>
    </section>
  );
}
