import { Anchor, Code, Collapse, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** Without a mail server, a reset link comes from the administrator's command line. */
export function ForgotPasswordHelp() {
  const { t } = useTranslation();
  const [opened, { toggle }] = useDisclosure(false);
  const panelId = useId();
  return (
    <Stack gap="xs">
      <Anchor
        component="button"
        type="button"
        onClick={toggle}
        aria-expanded={opened}
        aria-controls={panelId}
        ta="left"
        w="fit-content"
        data-testid="forgot-password"
      >
        {t('auth.forgotPassword')}
      </Anchor>
      <Collapse expanded={opened}>
        <Stack gap="xs" id={panelId}>
          <Text size="sm">{t('auth.forgotPasswordHelp')}</Text>
          <Code block>{t('auth.resetCommand')}</Code>
        </Stack>
      </Collapse>
    </Stack>
  );
}
