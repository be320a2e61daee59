import { Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaeBooklet } from './vaeApi.ts';

type Question = VaeBooklet['booklet']['sections'][number]['items'][number];

/** The booklet's sections (one per mission) and their questions, each drawn by `question`. */
export function BookletSections({
  booklet,
  question,
}: {
  booklet: VaeBooklet['booklet'];
  question: (item: Question) => ReactNode;
}) {
  const { t } = useTranslation();
  return booklet.sections.map((section) => (
    <Stack key={section.id} gap="sm" component="section" aria-label={section.title ?? section.id}>
      <Title order={2} size="h3">
        {section.title
          ? t('vae.page.section', { id: section.id, title: section.title })
          : section.id}
      </Title>
      {section.items.map((item) => (
        <Paper key={item.id} withBorder p="sm">
          {question(item)}
        </Paper>
      ))}
    </Stack>
  ));
}
