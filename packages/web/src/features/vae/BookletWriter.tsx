import { unansweredQuestions } from '@certeval/core/candidates/vaeBooklet';
import { Group, Stack, Text, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../ui/ConflictAlert.tsx';
import { SaveStatus } from '../evaluations/SaveStatus.tsx';
import { textOf, textResponse, withResponse } from '../online/responses.ts';
import { BookletSections } from './BookletSections.tsx';
import { DocumentsPanel } from './DocumentsPanel.tsx';
import { SubmitBookletPanel } from './SubmitBookletPanel.tsx';
import { useBookletAutosave } from './useBookletAutosave.ts';
import type { VaeBooklet } from './vaeApi.ts';

type Props = {
  view: VaeBooklet;
  onReload: (discard: () => void) => void;
  onSubmitted: () => void;
};

/** The candidate writes their booklet: a text per question, saved as they type; documents. */
export function BookletWriter({ view, onReload, onSubmitted }: Props) {
  const { t } = useTranslation();
  const autosave = useBookletAutosave(view);
  const { draft: responses, state, edit } = autosave;
  const settle = () => {
    autosave.flush();
    return autosave.settle();
  };
  return (
    <Stack gap="lg" data-testid="vae-writer">
      <Group className="online-bar" align="stretch" grow gap="sm" py={4}>
        <SaveStatus state={state} onRetry={autosave.flush} />
      </Group>
      {state.phase === 'conflict' ? (
        <ConflictAlert
          texts={{
            title: t('vae.conflict.title'),
            message: t('vae.conflict.message'),
            reload: t('vae.conflict.reload'),
            confirmReload: t('vae.conflict.confirmReload'),
            confirm: t('vae.conflict.confirm'),
            keep: t('vae.conflict.keep'),
          }}
          pendingCount={1}
          onReload={() => onReload(autosave.discard)}
          testIdPrefix="vae"
        />
      ) : null}
      <Text>{t('vae.page.intro')}</Text>
      <Text size="sm">{t('vae.page.saved')}</Text>
      <BookletSections
        booklet={view.booklet}
        question={(item) => (
          <Textarea
            label={
              <Text span fw={600} style={{ whiteSpace: 'pre-wrap' }}>
                {item.stem}
              </Text>
            }
            description={t('vae.page.answerLabel')}
            autosize
            minRows={4}
            maxLength={20000}
            value={textOf(responses[item.id])}
            onChange={(e) => {
              const text = e.currentTarget.value;
              edit((r) => withResponse(r, item.id, textResponse(text)));
            }}
            data-testid={`vae-answer-${item.id}`}
          />
        )}
      />
      <DocumentsPanel view={view} editable />
      {state.phase === 'conflict' ? null : (
        <SubmitBookletPanel
          candidateId={view.candidateId}
          unanswered={unansweredQuestions(view.booklet, responses).length}
          settle={settle}
          onSubmitted={onSubmitted}
        />
      )}
    </Stack>
  );
}
