import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/apiClient.ts';
import { currentLocale } from '../../i18n/i18n.ts';
import { submitEvaluation } from './evaluationsApi.ts';
import { SendPanel } from './SendPanel.tsx';
import type { QueueState } from './saveQueue.ts';

type Props = {
  evaluationId: string;
  unrated: string[];
  /** Sends what waits and resolves with where the autosave then stands. */
  settle: () => Promise<QueueState>;
  onSubmitted: () => Promise<void>;
};

/**
 * "Soumettre": once confirmed, the last edits are saved first, then the server checks that
 * every item is rated; when one is not, its list is shown as the server gives it.
 */
export function SubmitPanel({ evaluationId, unrated, settle, onSubmitted }: Props) {
  const { t } = useTranslation();
  return (
    <SendPanel
      texts="evaluations.submit"
      status={
        unrated.length === 0
          ? t('evaluations.submit.allRated')
          : t('evaluations.submit.unrated', { count: unrated.length })
      }
      testIds={{
        panel: 'submit-panel',
        status: 'unrated-count',
        button: 'submit-evaluation',
        confirm: 'submit-confirm',
        error: 'submit-error',
      }}
      settle={settle}
      send={(revision) => submitEvaluation(evaluationId, revision)}
      onSent={onSubmitted}
      refusal={(error) => {
        const problems = error instanceof ApiError ? error.problems : [];
        if (problems.length === 0) return null;
        return (
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
        );
      }}
    />
  );
}
