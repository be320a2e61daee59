import { Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SectionKey } from './sections.ts';

type Props = {
  section: SectionKey;
  /** What the section's page does first (create, enrol…), beside the heading. */
  action?: ReactNode;
  /** Said under the description (the organisation the page is about). */
  children?: ReactNode;
};

/** A section page's heading: its name (also the document's title) and its description. */
export function SectionHeading({ section, action, children }: Props) {
  const { t } = useTranslation();
  const title = t(`sections.${section}.title`);
  useDocumentTitle(`${title} · ${t('app.name')}`);
  const heading = (
    <Stack gap={4}>
      <Title order={1}>{title}</Title>
      <Text>{t(`sections.${section}.description`)}</Text>
      {children}
    </Stack>
  );
  if (action === undefined) return heading;
  return (
    <Group justify="space-between" align="flex-end">
      {heading}
      {action}
    </Group>
  );
}
