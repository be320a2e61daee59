import { Alert, Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../ui/useErrorMessage.ts';

/** While a query runs: a spinner and a status text screen readers announce. */
export function Loading({ testId }: { testId?: string }) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" role="status" data-testid={testId ?? 'loading'}>
      <Loader size="sm" aria-hidden="true" />
      <Text>{t('app.loading')}</Text>
    </Group>
  );
}

/** A failed query: the server's message in the reader's language. */
export function LoadError({ error, testId }: { error: unknown; testId?: string }) {
  const errorMessage = useErrorMessage();
  return (
    <Alert color="red" variant="outline" role="alert" data-testid={testId ?? 'load-error'}>
      {errorMessage(error)}
    </Alert>
  );
}
