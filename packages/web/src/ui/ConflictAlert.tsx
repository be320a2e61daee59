import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';

/** The words of the alert, in the reader's language, naming what was saved meanwhile. */
export type ConflictTexts = {
  title: string;
  message: string;
  reload: string;
  confirmReload: string;
  confirm: string;
  keep: string;
};

type Props = {
  texts: ConflictTexts;
  pendingCount: number;
  onReload: () => void;
  /** `variant` gives variant-conflict, variant-reload and variant-reload-confirm. */
  testIdPrefix: string;
};

/**
 * Someone saved since this page read the document: the server refused (409) and kept their
 * save. Reloading loses the local edits, so it asks first; nothing happens by itself.
 */
export function ConflictAlert({ texts, pendingCount, onReload, testIdPrefix }: Props) {
  const [confirming, setConfirming] = useState(false);
  return (
    <Alert
      color="orange"
      variant="outline"
      role="alert"
      title={texts.title}
      data-testid={`${testIdPrefix}-conflict`}
    >
      <Stack gap="sm">
        <Text>{texts.message}</Text>
        {confirming ? (
          <Stack gap="xs">
            <Text fw={600}>{texts.confirmReload}</Text>
            <Group gap="sm">
              <Button
                color="orange.9"
                onClick={onReload}
                data-testid={`${testIdPrefix}-reload-confirm`}
              >
                {texts.confirm}
              </Button>
              <Button variant="default" onClick={() => setConfirming(false)}>
                {texts.keep}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Button
            w="fit-content"
            variant="default"
            onClick={() => (pendingCount > 0 ? setConfirming(true) : onReload())}
            data-testid={`${testIdPrefix}-reload`}
          >
            {texts.reload}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
