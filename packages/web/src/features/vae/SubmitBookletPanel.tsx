import { useTranslation } from 'react-i18next';
import { SendPanel } from '../evaluations/SendPanel.tsx';
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

/** "Envoyer le livret", confirmed first, once every answer is saved. */
export function SubmitBookletPanel({ candidateId, unanswered, settle, onSubmitted }: Props) {
  const { t } = useTranslation();
  return (
    <SendPanel
      texts="vae.submit"
      status={
        unanswered === 0
          ? t('vae.submit.allAnswered')
          : t('vae.submit.unanswered', { count: unanswered })
      }
      testIds={{
        panel: 'vae-submit-panel',
        status: 'vae-unanswered',
        button: 'vae-submit',
        confirm: 'vae-submit-confirm',
        error: 'vae-submit-error',
      }}
      settle={settle}
      send={(revision) => submitVaeBooklet(candidateId, revision)}
      onSent={onSubmitted}
      disabled={unanswered > 0}
    />
  );
}
