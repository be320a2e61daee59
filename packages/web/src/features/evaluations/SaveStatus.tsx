import { Alert, Button, Group, List, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/apiClient.ts';
import { currentLocale } from '../../i18n/i18n.ts';
import { useErrorMessage } from '../../ui/useErrorMessage.ts';
import { type QueueState, unsaved } from './saveQueue.ts';

/** "14:32" in the reader's time zone. */
export function useFormatTime(): (iso: string | number) => string {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'fr-FR', {
    hour: '2-digit',
    minute: '2-digit',
  });
  return (iso) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? String(iso) : format.format(date);
  };
}

function StatusText({ state }: { state: QueueState<unknown> }) {
  const { t } = useTranslation();
  const formatTime = useFormatTime();
  switch (state.phase) {
    case 'waiting':
      return <Text c="dimmed">{t('evaluations.save.waiting')}</Text>;
    case 'saving':
      return <Text c="dimmed">{t('evaluations.save.saving')}</Text>;
    case 'retrying':
      return (
        <Text c="orange.9" fw={600}>
          {t('evaluations.save.retrying', {
            time: formatTime(state.retryAt ?? Date.now()),
            count: state.attempts,
          })}
        </Text>
      );
    case 'signedOut':
      return (
        <Text c="orange.9" fw={600}>
          {t('evaluations.save.signedOut')}
        </Text>
      );
    default:
      // "Saved" only when the server has everything on screen (issue 16, item 7).
      if (unsaved(state))
        return (
          <Text c="red.9" fw={600}>
            {t('evaluations.save.notSaved')}
          </Text>
        );
      return state.savedAt ? (
        <Text c="green.9" fw={600}>
          {t('evaluations.save.saved', { time: formatTime(state.savedAt) })}
        </Text>
      ) : (
        <Text c="dimmed">{t('evaluations.save.nothing')}</Text>
      );
  }
}

/**
 * Where the autosave stands, always in view: saved at what time, waiting, retrying after a
 * network failure (the draft is kept on this device meanwhile), or refused with the reasons.
 */
export function SaveStatus({
  state,
  onRetry,
}: {
  state: QueueState<unknown>;
  onRetry: () => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const problems = state.error instanceof ApiError ? state.error.problems : [];
  return (
    <Paper withBorder p="sm" className="evaluation-save-status" data-testid="save-status">
      <Group justify="space-between" gap="sm">
        <div role="status" aria-live="polite" data-testid="save-status-text">
          <StatusText state={state} />
          {state.phase === 'retrying' ? (
            <Text size="sm">{t('evaluations.save.keptHere')}</Text>
          ) : null}
        </div>
        {state.phase === 'retrying' ? (
          <Button variant="default" size="xs" onClick={onRetry} data-testid="save-retry">
            {t('evaluations.save.retryNow')}
          </Button>
        ) : null}
      </Group>
      {state.phase === 'invalid' || state.phase === 'refused' ? (
        <Alert color="red" variant="outline" role="alert" mt="sm" data-testid="save-refused">
          {errorMessage(state.error)}
          {problems.length > 0 ? (
            <List mt="xs">
              {problems.map((p) => (
                <List.Item key={`${p.path}:${p.message.en}`}>
                  {p.message[currentLocale()]}
                </List.Item>
              ))}
            </List>
          ) : null}
        </Alert>
      ) : null}
    </Paper>
  );
}
