import { isKeyScored } from '@certeval/core/evaluation/itemResult';
import type { Instrument } from '@certeval/core/instruments/schema';
import { Stack, Title } from '@mantine/core';
import { useState } from 'react';
import type { ResponseMap } from '../online/onlineApi.ts';
import type { ItemResult, ItemValue } from './evaluationDraft.ts';
import { ItemCard } from './ItemCard.tsx';
import { ItemHistoryDrawer } from './ItemHistoryDrawer.tsx';

type Props = {
  evaluationId: string;
  instrument: Instrument;
  items: ItemResult[];
  readOnly: boolean;
  onValue: (item: string, value: ItemValue | null) => void;
  onComment: (item: string, comment: string) => void;
  /** On a VAE booklet: the candidate's answers, shown under each question. */
  candidateAnswers?: ResponseMap | undefined;
  /** Grading a questionnaire taken online: the reason for changing a closed question's score. */
  onOverride?: ((item: string, reason: string) => void) | undefined;
};

/** The instrument's sections and items, as filled so far, with each item's history at hand. */
export function EvaluationItems(props: Props) {
  const { evaluationId, instrument, items, readOnly, onValue, onComment, candidateAnswers } = props;
  const { onOverride } = props;
  const [historyOf, setHistoryOf] = useState<string | null>(null);
  const byItem = new Map(items.map((r) => [r.item, r]));
  return (
    <Stack gap="lg">
      {instrument.sections.map((section) => (
        <Stack
          component="section"
          gap="sm"
          key={section.id}
          aria-label={section.title ?? section.id}
        >
          <Title order={2} size="h3">
            {section.title ? `${section.id} — ${section.title}` : section.id}
          </Title>
          {section.items.map((item) => (
            <ItemCard
              key={item.id}
              item={item}
              instrument={instrument}
              domain={item.domain ?? section.domain}
              result={byItem.get(item.id)}
              readOnly={readOnly}
              onValue={onValue}
              onComment={onComment}
              onHistory={setHistoryOf}
              {...(candidateAnswers && { candidateAnswer: candidateAnswers[item.id] ?? null })}
              {...(onOverride && { keyScored: isKeyScored(item), onOverride })}
            />
          ))}
        </Stack>
      ))}
      <ItemHistoryDrawer
        evaluationId={evaluationId}
        itemId={historyOf}
        onClose={() => setHistoryOf(null)}
      />
    </Stack>
  );
}
