import { Alert, Button, Group, List, Paper, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/apiClient.ts';
import { currentLocale } from '../../i18n/i18n.ts';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { useErrorMessage } from '../../ui/useErrorMessage.ts';
import { submitEvaluation } from './evaluationsApi.ts';
import type { QueueState } from './saveQueue.ts';

type Props = {
  evaluationId: string;
  unrated: string[];
  /** Sends what waits and resolves with where the autosave then stands. */
  settle: () => Promise<QueueState>;
  onSubmitted: () => Promise<void>;
};

class NotSaved extends Error {}

/**
 * "Soumettre": once confirmed, the last edits are saved first, then the server checks that
 * every item is rated; when one is not, its list is shown as the server gives it.
 */
export function SubmitPanel({ evaluationId, unrated, settle, onSubmitted }: Props) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [confirming, setConfirming] = useState(false);
  const submit = useMutation({
    mutationFn: async () => {
      const state = await settle();
      if (state.phase !== 'idle' || state.pending) throw new NotSaved();
      return submitEvaluation(evaluationId, state.revision);
    },
    onSuccess: onSubmitted,
    onSettled: () => setConfirming(false),
  });
  const problems = submit.error instanceof ApiError ? submit.error.problems : [];
  return (
    <Paper withBorder p="md" data-testid="submit-panel">
      <Stack gap="sm">
        <Text fw={600}>{t('evaluations.submit.title')}</Text>
        <Text size="sm" data-testid="unrated-count">
          {unrated.length === 0
            ? t('evaluations.submit.allRated')
            : t('evaluations.submit.unrated', { count: unrated.length })}
        </Text>
        {confirming ? (
          <Stack gap="xs">
            <Text fw={600}>{t('evaluations.submit.confirmText')}</Text>
            <Group gap="sm">
              <Button
                onClick={() => submit.mutate()}
                loading={submit.isPending}
                data-testid="submit-confirm"
              >
                {t('evaluations.submit.confirm')}
              </Button>
              <Button variant="default" onClick={() => setConfirming(false)}>
                {t('evaluations.submit.cancel')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Button
            w="fit-content"
            onClick={() => setConfirming(true)}
            data-testid="submit-evaluation"
          >
            {t('evaluations.submit.button')}
          </Button>
        )}
        {problems.length > 0 ? (
          <Alert
            color="red"
            variant="outline"
            role="alert"
            title={t('evaluations.submit.refused')}
            data-testid="submit-problems"
          >
            <List>
              {problems.map((p) => (
                <List.Item key={`${p.path}:${p.message.en}`}>
                  {p.message[currentLocale()]}
                </List.Item>
              ))}
            </List>
          </Alert>
        ) : (
          <LiveMessage
            message={
              submit.error instanceof NotSaved
                ? t('evaluations.submit.notSaved')
                : submit.error
                  ? errorMessage(submit.error)
                  : null
            }
            testId="submit-error"
          />
        )}
      </Stack>
    </Paper>
  );
}
