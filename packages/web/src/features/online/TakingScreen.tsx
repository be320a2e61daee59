import { Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConflictAlert } from '../../ui/ConflictAlert.tsx';
import { SaveStatus } from '../evaluations/SaveStatus.tsx';
import { Countdown, useSecondsLeft } from './Countdown.tsx';
import { localDeadline } from './countdown.ts';
import { FinishPanel } from './FinishPanel.tsx';
import { ItemBlock } from './ItemBlock.tsx';
import type { FinishResult, TakeView } from './onlineApi.ts';
import { unanswered, withResponse } from './responses.ts';
import { useResponsesAutosave } from './useResponsesAutosave.ts';

type Props = {
  view: TakeView;
  onReload: (discard: () => void) => void;
  onFinished: (result: FinishResult) => void;
};

/** The questionnaire being taken: one question per block, every answer autosaved, the clock. */
export function TakingScreen({ view, onReload, onFinished }: Props) {
  const { t } = useTranslation();
  const autosave = useResponsesAutosave(view);
  const { draft: responses, state, edit } = autosave;
  const [deadline] = useState(() => localDeadline(view, Date.now()));
  const seconds = useSecondsLeft(deadline);
  const { sections } = view.questionnaire;
  const total = sections.reduce((n, s) => n + s.items.length, 0);
  let number = 0;
  const settle = () => {
    autosave.flush();
    return autosave.settle();
  };
  return (
    <Stack gap="lg" data-testid="taking-screen">
      <Group className="online-bar" align="stretch" grow gap="sm" py={4}>
        {seconds !== null ? <Countdown seconds={seconds} /> : null}
        <SaveStatus state={state} onRetry={autosave.flush} />
      </Group>
      {state.phase === 'conflict' ? (
        <ConflictAlert
          texts={{
            title: t('online.conflict.title'),
            message: t('online.conflict.message'),
            reload: t('online.conflict.reload'),
            confirmReload: t('online.conflict.confirmReload'),
            confirm: t('online.conflict.confirm'),
            keep: t('online.conflict.keep'),
          }}
          pendingCount={1}
          onReload={() => onReload(autosave.discard)}
          testIdPrefix="online"
        />
      ) : null}
      <Text>{t('online.take.saved')}</Text>
      {sections.map((section) => (
        <Stack key={section.id} gap="sm" component="section" aria-label={section.title}>
          {section.title ? (
            <Title order={2} size="h3">
              {t('online.take.section', { title: section.title })}
            </Title>
          ) : null}
          {section.items.map((item) => {
            number += 1;
            return (
              <ItemBlock
                key={item.id}
                item={item}
                evaluationId={view.id}
                number={number}
                total={total}
                response={responses[item.id]}
                onChange={(response) => edit((r) => withResponse(r, item.id, response))}
              />
            );
          })}
        </Stack>
      ))}
      <FinishPanel
        evaluationId={view.id}
        unanswered={unanswered(sections, responses).length}
        settle={settle}
        timeUp={seconds === 0}
        onFinished={onFinished}
      />
    </Stack>
  );
}
