import { useTranslation } from 'react-i18next';
import { SendPanel } from '../evaluations/SendPanel.tsx';
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

/**
 * "Terminer", confirmed first; the last answers are saved before the server scores them. When
 * the time is up it finishes by itself with what the server holds (a save refused for being late
 * does not hold it back).
 */
export function FinishPanel({ evaluationId, unanswered, settle, timeUp, onFinished }: Props) {
  const { t } = useTranslation();
  return (
    <SendPanel
      texts="online.finish"
      status={
        unanswered === 0
          ? t('online.finish.allAnswered')
          : t('online.finish.unanswered', { count: unanswered })
      }
      testIds={{
        panel: 'finish-panel',
        status: 'unanswered-count',
        button: 'finish-questionnaire',
        confirm: 'finish-confirm',
        error: 'finish-error',
      }}
      settle={settle}
      send={(revision) => finishQuestionnaire(evaluationId, revision)}
      onSent={onFinished}
      disabled={timeUp}
      sendNow={timeUp}
    />
  );
}
