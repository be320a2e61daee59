import { Anchor, Stack } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PublicFrame } from '../../ui/PublicFrame.tsx';
import { useChangeLanguage } from '../auth/useChangeLanguage.ts';

/** The frame of the verification pages, open to anyone without an account. */
export function VerificationFrame({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  const changeLanguage = useChangeLanguage();
  return (
    <PublicFrame
      title={title}
      onLanguageChange={changeLanguage}
      brand={
        <Anchor component={Link} to="/verifier" className="brand" underline="never">
          {t('app.name')}
        </Anchor>
      }
      size={760}
      py="lg"
    >
      <Stack gap="lg">{children}</Stack>
    </PublicFrame>
  );
}
