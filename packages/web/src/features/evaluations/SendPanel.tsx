import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import IconSend from '@tabler/icons-react/icons/IconSend';
import { useMutation } from '@tanstack/react-query';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { useErrorMessage } from '../../ui/useErrorMessage.ts';
import type { QueueState } from './saveQueue.ts';

/** Where a panel's texts are: title, button, confirmText, confirm, cancel, notSaved. */
type Texts = 'evaluations.submit' | 'online.finish' | 'vae.submit';

type Props<D, R> = {
  texts: Texts;
  /** What is left to fill, above the button. */
  status: string;
  testIds: { panel: string; status: string; button: string; confirm: string; error: string };
  /** Sends what waits and resolves with where the autosave then stands. */
  settle: () => Promise<QueueState<D>>;
  /** The final request, on the revision the autosave reached. */
  send: (revision: number) => Promise<R>;
  onSent: (result: R) => unknown;
  disabled?: boolean;
  /** Send at once, without asking, even when the last edits could not be saved (time up). */
  sendNow?: boolean;
  /** How a refusal is shown instead of one message (a list of problems), or null. */
  refusal?: (error: Error) => ReactNode | null;
};

class NotSaved extends Error {}

/**
 * The last step of a form saved as it is filled (submit a grid, finish a questionnaire, send
 * a booklet): confirmed first, then the last edits are saved, then the final request is sent
 * on the revision they reached. Nothing is sent while an edit could not be saved.
 */
export function SendPanel<D, R>(props: Props<D, R>) {
  const { texts, status, testIds, settle, send, onSent, disabled, sendNow, refusal } = props;
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [confirming, setConfirming] = useState(false);
  const sending = useMutation({
    mutationFn: async (forced: boolean) => {
      const state = await settle();
      const saved = state.phase === 'idle' && !state.pending;
      if (!saved && !forced) throw new NotSaved();
      return send(state.revision);
    },
    onSuccess: onSent,
    onSettled: () => setConfirming(false),
  });
  const started = useRef(false);
  useEffect(() => {
    if (sendNow && !started.current) {
      started.current = true;
      sending.mutate(true);
    }
  }, [sendNow, sending]);
  const refused = sending.error ? refusal?.(sending.error) : null;
  return (
    <Paper withBorder p="md" data-testid={testIds.panel}>
      <Stack gap="sm">
        <Text fw={600}>{t(`${texts}.title`)}</Text>
        <Text size="sm" data-testid={testIds.status}>
          {status}
        </Text>
        {confirming ? (
          <Stack gap="xs">
            <Text fw={600}>{t(`${texts}.confirmText`)}</Text>
            <Group gap="sm">
              <Button
                onClick={() => sending.mutate(false)}
                loading={sending.isPending}
                data-testid={testIds.confirm}
              >
                {t(`${texts}.confirm`)}
              </Button>
              <Button variant="default" onClick={() => setConfirming(false)}>
                {t(`${texts}.cancel`)}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Button
            leftSection={<IconSend size={16} aria-hidden />}
            w="fit-content"
            onClick={() => setConfirming(true)}
            loading={sending.isPending}
            disabled={disabled}
            data-testid={testIds.button}
          >
            {t(`${texts}.button`)}
          </Button>
        )}
        {refused ?? (
          <LiveMessage
            message={
              sending.error instanceof NotSaved
                ? t(`${texts}.notSaved`)
                : sending.error
                  ? errorMessage(sending.error)
                  : null
            }
            testId={testIds.error}
          />
        )}
      </Stack>
    </Paper>
  );
}
