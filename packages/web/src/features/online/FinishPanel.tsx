import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { useErrorMessage } from '../../ui/useErrorMessage.ts';
import type { QueueState } from '../evaluations/saveQueue.ts';
import { type FinishResult, finishQuestionnaire, type ResponseMap } from './onlineApi.ts';

type Props = {
  evaluationId: string;
  unanswered: number;
  /** Sends what waits and resolves with where the autosave then stands. */
  settle: () => Promise<QueueState<ResponseMap>>;
  /** The time is up: finish now, without asking. */
  timeUp: boolean;
  onFinished: (result: FinishResult) => void;
};

class NotSaved extends Error {}

/**
 * "Terminer", confirmed first; the last answers are saved before the server scores them. When
 * the time is up it finishes by itself with what the server holds (a save refused for being late
 * does not hold it back).
 */
export function FinishPanel({ evaluationId, unanswered, settle, timeUp, onFinished }: Props) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [confirming, setConfirming] = useState(false);
  const finish = useMutation({
    mutationFn: async (forced: boolean) => {
      const state = await settle();
      const saved = state.phase === 'idle' && !state.pending;
      if (!saved && !forced) throw new NotSaved();
      return finishQuestionnaire(evaluationId, state.revision);
    },
    onSuccess: onFinished,
    onSettled: () => setConfirming(false),
  });
  const started = useRef(false);
  useEffect(() => {
    if (timeUp && !started.current) {
      started.current = true;
      finish.mutate(true);
    }
  }, [timeUp, finish]);
  return (
    <Paper withBorder p="md" data-testid="finish-panel">
      <Stack gap="sm">
        <Text fw={600}>{t('online.finish.title')}</Text>
        <Text size="sm" data-testid="unanswered-count">
          {unanswered === 0
            ? t('online.finish.allAnswered')
            : t('online.finish.unanswered', { count: unanswered })}
        </Text>
        {confirming ? (
          <Stack gap="xs">
            <Text fw={600}>{t('online.finish.confirmText')}</Text>
            <Group gap="sm">
              <Button
                onClick={() => finish.mutate(false)}
                loading={finish.isPending}
                data-testid="finish-confirm"
              >
                {t('online.finish.confirm')}
              </Button>
              <Button variant="default" onClick={() => setConfirming(false)}>
                {t('online.finish.cancel')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Button
            w="fit-content"
            onClick={() => setConfirming(true)}
            loading={finish.isPending}
            disabled={timeUp}
            data-testid="finish-questionnaire"
          >
            {t('online.finish.button')}
          </Button>
        )}
        <LiveMessage
          message={
            finish.error instanceof NotSaved
              ? t('online.finish.notSaved')
              : finish.error
                ? errorMessage(finish.error)
                : null
          }
          testId="finish-error"
        />
      </Stack>
    </Paper>
  );
}
