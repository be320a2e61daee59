import { Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A part of a section page: its title, and its content or what it says when empty. */
export function SubSection({
  title,
  empty,
  count,
  testId,
  children,
}: {
  title: string;
  empty: string;
  count: number;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Stack gap="sm" component="section" data-testid={testId}>
      <Title order={2} size="h3">
        {title}
      </Title>
      {count === 0 ? <Text>{empty}</Text> : children}
    </Stack>
  );
}
