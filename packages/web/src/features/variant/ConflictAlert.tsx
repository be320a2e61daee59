import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

type Props = { pendingCount: number; onReload: () => void };

/**
 * Someone saved since this page read the variant: the server refused (409) and kept their
 * save. Reloading loses the local edits, so it asks first; nothing happens by itself.
 */
export function ConflictAlert({ pendingCount, onReload }: Props) {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  return (
    <Alert
      color="orange"
      variant="outline"
      role="alert"
      title={t('variant.save.conflictTitle')}
      data-testid="variant-conflict"
    >
      <Stack gap="sm">
        <Text>{t('variant.save.conflict')}</Text>
        {confirming ? (
          <Stack gap="xs">
            <Text fw={600}>{t('variant.save.confirmReload', { count: pendingCount })}</Text>
            <Group gap="sm">
              <Button color="orange.9" onClick={onReload} data-testid="variant-reload-confirm">
                {t('variant.save.confirm')}
              </Button>
              <Button variant="default" onClick={() => setConfirming(false)}>
                {t('variant.save.keep')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Button
            w="fit-content"
            variant="default"
            onClick={() => (pendingCount > 0 ? setConfirming(true) : onReload())}
            data-testid="variant-reload"
          >
            {t('variant.save.reload')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
