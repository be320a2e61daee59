import { Anchor, Container, Group, Stack } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../ui/LanguageSwitch.tsx';
import { MAIN_CONTENT_ID } from '../../ui/SkipLink.tsx';
import { useChangeLanguage } from '../auth/useChangeLanguage.ts';

/** The frame of the verification pages, open to anyone without an account. */
export function PublicFrame({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  const changeLanguage = useChangeLanguage();
  useDocumentTitle(`${title} · ${t('app.name')}`);
  return (
    <>
      <header>
        <Group justify="space-between" p="md">
          <Anchor component={Link} to="/verifier" className="brand" underline="never">
            {t('app.name')}
          </Anchor>
          <LanguageSwitch onChange={changeLanguage} />
        </Group>
      </header>
      <Container size={760} component="main" id={MAIN_CONTENT_ID} tabIndex={-1} py="lg">
        <Stack gap="lg">{children}</Stack>
      </Container>
    </>
  );
}
