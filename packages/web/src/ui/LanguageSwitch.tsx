import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LOCALES, type Locale } from '../i18n/locale.ts';

type Props = { onChange: (locale: Locale) => void };

/** FR / EN buttons; each is named in its own language so a reader of either finds it. */
export function LanguageSwitch({ onChange }: Props) {
  const { t, i18n } = useTranslation();
  return (
    <Group gap={4} role="group" aria-label={t('language.label')} wrap="nowrap">
      {LOCALES.map((locale) => {
        const active = i18n.language === locale;
        return (
          <Button
            key={locale}
            size="compact-sm"
            variant={active ? 'filled' : 'default'}
            aria-pressed={active}
            aria-label={t(`language.${locale}`)}
            lang={locale}
            data-testid={`language-${locale}`}
            onClick={() => onChange(locale)}
          >
            {locale.toUpperCase()}
          </Button>
        );
      })}
    </Group>
  );
}
