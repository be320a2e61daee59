import { Alert, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ReasonAction } from '../../ui/ReasonDialog.tsx';
import { useFormatDay } from '../candidates/useFormatDay.ts';
import { reopenVaeBooklet, type VaeBooklet } from './vaeApi.ts';

/**
 * "Rouvrir le livret", for those the server lets re-open it (the certifier, the company's
 * pilot): a written reason, then the booklet is a draft again and the file leaves the jury.
 */
export function ReopenBookletAction({ view }: { view: VaeBooklet }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  return (
    <ReasonAction
      button={t('vae.reopen.button')}
      title={t('vae.reopen.title')}
      intro={t('vae.reopen.intro')}
      label={t('vae.reopen.reason')}
      confirm={t('vae.reopen.confirm')}
      cancel={t('vae.reopen.cancel')}
      color="orange"
      maxLength={2000}
      testId="vae-reopen"
      send={(reason) => reopenVaeBooklet(view.candidateId, reason, view.revision)}
      // The booklet and the file's state both change.
      onDone={() => queryClient.invalidateQueries({ queryKey: ['candidates'] })}
    />
  );
}

/** On a re-opened booklet: when, by whom and why; to the candidate, what to do next. */
export function ReopeningNotice({ view, writing }: { view: VaeBooklet; writing: boolean }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const { reopening } = view;
  if (!reopening) return null;
  return (
    <Alert color="orange" variant="light" data-testid="vae-reopened">
      <Text style={{ whiteSpace: 'pre-wrap' }}>
        {t('vae.reopen.notice', {
          date: formatDay(reopening.at.slice(0, 10)),
          name: reopening.by,
          reason: reopening.reason,
        })}
      </Text>
      {writing ? <Text fw={600}>{t('vae.reopen.toCandidate')}</Text> : null}
    </Alert>
  );
}
