import { Container, Group, type MantineSpacing, Text } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../i18n/locale.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { MAIN_CONTENT_ID } from './SkipLink.tsx';

type Props = {
  /** The page's name, before the app's in the document title. */
  title: string;
  /** What choosing a language does (auth's useChangeLanguage). */
  onLanguageChange: (locale: Locale) => void;
  /** The app's name at the top left: plain text unless the pages have a home to link to. */
  brand?: ReactNode;
  /** Width of the main column, in pixels, and the space above and below it. */
  size: number;
  py: MantineSpacing;
  children: ReactNode;
};

/** The frame of a page open without a session: the app's name, the language, the content. */
export function PublicFrame({ title, onLanguageChange, brand, size, py, children }: Props) {
  const { t } = useTranslation();
  useDocumentTitle(`${title} · ${t('app.name')}`);
  return (
    <>
      <header>
        <Group justify="space-between" p="md">
          {brand ?? (
            <Text className="brand" component="span">
              {t('app.name')}
            </Text>
          )}
          <LanguageSwitch onChange={onLanguageChange} />
        </Group>
      </header>
      <Container size={size} component="main" id={MAIN_CONTENT_ID} tabIndex={-1} py={py}>
        {children}
      </Container>
    </>
  );
}
