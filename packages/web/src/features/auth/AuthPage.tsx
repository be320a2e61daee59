import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { PublicFrame } from '../../ui/PublicFrame.tsx';
import { useChangeLanguage } from './useChangeLanguage.ts';

type Props = { title: string; intro: string; testId: string; children: ReactNode };

/** The card of the pages reached without a session: sign in, reset the password, invitation. */
export function AuthPage({ title, intro, testId, children }: Props) {
  const changeLanguage = useChangeLanguage();
  return (
    <PublicFrame title={title} onLanguageChange={changeLanguage} size={460} py="xl">
      <Paper withBorder shadow="sm" p="xl" data-testid={testId}>
        <Stack gap="md">
          <Title order={1}>{title}</Title>
          <Text c="dimmed">{intro}</Text>
          {children}
        </Stack>
      </Paper>
    </PublicFrame>
  );
}
