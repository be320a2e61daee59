import { Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../ui/LanguageSwitch.tsx';
import { MAIN_CONTENT_ID } from '../../ui/SkipLink.tsx';
import { useChangeLanguage } from './useChangeLanguage.ts';

type Props = { title: string; intro: string; testId: string; children: ReactNode };

/** The frame of the pages reached without a session: sign in, reset the password. */
export function AuthPage({ title, intro, testId, children }: Props) {
  const { t } = useTranslation();
  const changeLanguage = useChangeLanguage();
  useDocumentTitle(`${title} · ${t('app.name')}`);
  return (
    <>
      <header>
        <Group justify="space-between" p="md">
          <Text className="brand" component="span">
            {t('app.name')}
          </Text>
          <LanguageSwitch onChange={changeLanguage} />
        </Group>
      </header>
      <Container size={460} component="main" id={MAIN_CONTENT_ID} tabIndex={-1} py="xl">
        <Paper withBorder shadow="sm" p="xl" data-testid={testId}>
          <Stack gap="md">
            <Title order={1}>{title}</Title>
            <Text c="dimmed">{intro}</Text>
            {children}
          </Stack>
        </Paper>
      </Container>
    </>
  );
}
