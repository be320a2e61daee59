import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { useErrorMessage } from '../../ui/useErrorMessage.ts';
import type { QueueState } from '../evaluations/saveQueue.ts';
import type { ResponseMap } from '../online/onlineApi.ts';
import { submitVaeBooklet } from './vaeApi.ts';

type Props = {
  candidateId: string;
  unanswered: number;
  /** Sends what waits and resolves with where the autosave then stands. */
  settle: () => Promise<QueueState<ResponseMap>>;
  onSubmitted: () => void;
};

class NotSaved extends Error {}

/** "Envoyer le livret", confirmed first, once every answer is saved. */
export function SubmitBookletPanel({ candidateId, unanswered, settle, onSubmitted }: Props) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [confirming, setConfirming] = useState(false);
  const submit = useMutation({
    mutationFn: async () => {
      const state = await settle();
      if (state.phase !== 'idle' || state.pending) throw new NotSaved();
      return submitVaeBooklet(candidateId, state.revision);
    },
    onSuccess: onSubmitted,
    onSettled: () => setConfirming(false),
  });
  return (
    <Paper withBorder p="md" data-testid="vae-submit-panel">
      <Stack gap="sm">
        <Text fw={600}>{t('vae.submit.title')}</Text>
        <Text size="sm" data-testid="vae-unanswered">
          {unanswered === 0
            ? t('vae.submit.allAnswered')
            : t('vae.submit.unanswered', { count: unanswered })}
        </Text>
        {confirming ? (
          <Stack gap="xs">
            <Text fw={600}>{t('vae.submit.confirmText')}</Text>
            <Group gap="sm">
              <Button
                onClick={() => submit.mutate()}
                loading={submit.isPending}
                data-testid="vae-submit-confirm"
              >
                {t('vae.submit.confirm')}
              </Button>
              <Button variant="default" onClick={() => setConfirming(false)}>
                {t('vae.submit.cancel')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Button
            w="fit-content"
            onClick={() => setConfirming(true)}
            disabled={unanswered > 0}
            data-testid="vae-submit"
          >
            {t('vae.submit.button')}
          </Button>
        )}
        <LiveMessage
          message={
            submit.error instanceof NotSaved
              ? t('vae.submit.notSaved')
              : submit.error
                ? errorMessage(submit.error)
                : null
          }
          testId="vae-submit-error"
        />
      </Stack>
    </Paper>
  );
}
