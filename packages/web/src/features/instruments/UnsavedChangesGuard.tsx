import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useBlocker } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

/**
 * Leaving the page with unsaved changes asks first: inside the app with a dialog, when the tab
 * is closed or reloaded with the browser's own prompt. Switching tabs of the same instrument
 * (edit / preview) keeps the draft and is never blocked.
 */
export function UnsavedChangesGuard({ dirty }: { dirty: boolean }) {
  const { t } = useTranslation();
  const blocker = useBlocker({
    shouldBlockFn: ({ current, next }) => dirty && current.pathname !== next.pathname,
    enableBeforeUnload: () => dirty,
    withResolver: true,
  });
  const blocked = blocker.status === 'blocked';
  return (
    <Modal
      opened={blocked}
      onClose={() => blocker.reset?.()}
      title={t('instruments.leave.title')}
      data-testid="leave-dialog"
    >
      <Stack gap="md">
        <Text>{t('instruments.leave.message')}</Text>
        <Group gap="sm">
          <Button
            variant="default"
            data-autofocus
            onClick={() => blocker.reset?.()}
            data-testid="leave-stay"
          >
            {t('instruments.leave.stay')}
          </Button>
          <Button color="red.9" onClick={() => blocker.proceed?.()} data-testid="leave-confirm">
            {t('instruments.leave.leave')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
