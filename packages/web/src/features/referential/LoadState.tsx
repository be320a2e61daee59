import { Alert, Group, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/apiClient.ts';
import { NotFoundPage } from '../../ui/MessagePage.tsx';
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

/** Whether a failed query means the id in the address names nothing this person may see. */
export function isUnknownId(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  return (
    error.status === 404 || (error.status === 400 && Boolean(error.path?.startsWith('params')))
  );
}

/**
 * The failed query of what a page is about: an unknown id is the app's "page introuvable"
 * (issue 16, item 7), any other failure the server's message.
 */
export function PageLoadError({ error }: { error: unknown }) {
  return isUnknownId(error) ? <NotFoundPage /> : <LoadError error={error} />;
}
