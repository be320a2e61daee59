// The booklet beside the jury's grid (issue 16, item 4): on a member's grid of a VAE candidate,
// each line shows the booklet answers that support it; on the appreciation of the booklet, each
// answer names the grid lines it supports. The links are core's (evaluation/bookletEvidence).
import {
  type BookletEvidence,
  bookletEvidence,
  evaluatingItems,
} from '@certeval/core/evaluation/bookletEvidence';
import type { Instrument } from '@certeval/core/instruments/schema';
import { List, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { createContext, useContext, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvaluationDetail } from '../evaluations/evaluationsApi.ts';
import { itemText } from '../evaluations/itemAnswer.ts';
import { instrumentQuery, instrumentsQuery } from '../instruments/instrumentsApi.ts';
import { textOf } from '../online/responses.ts';
import { versionQuery } from '../referential/referentialApi.ts';
import { type VaeBooklet, vaeBookletQuery } from './vaeApi.ts';

/** What an item card shows of the other side: the answers of a line, or the lines of an answer. */
export type ItemEvidenceView =
  | { side: 'answers'; answers: Array<{ id: string; question: string; answer: string }> }
  | { side: 'lines'; lines: Array<{ id: string; text: string }> };

type EvidenceOf = (itemId: string) => ItemEvidenceView | undefined;

const EvidenceContext = createContext<EvidenceOf | null>(null);
export const EvidenceProvider = EvidenceContext.Provider;

/** The booklet and the grid of an evaluation, whichever of the two it is, with the links. */
export function evidenceOf(
  evaluated: Instrument,
  other: Instrument,
  links: BookletEvidence,
  responses: VaeBooklet['responses'],
): EvidenceOf {
  const texts = new Map(
    [...evaluated.sections, ...other.sections].flatMap((s) =>
      s.items.map((item) => [item.id, itemText(item)] as const),
    ),
  );
  if (evaluated.kind === 'vae_booklet')
    return (itemId) => {
      const lines = links.linesOfAnswer[itemId];
      return (
        lines && { side: 'lines', lines: lines.map((id) => ({ id, text: texts.get(id) ?? '' })) }
      );
    };
  return (itemId) => {
    const answers = links.answersOfLine[itemId];
    return (
      answers && {
        side: 'answers',
        answers: answers.map((id) => ({
          id,
          question: texts.get(id) ?? '',
          answer: textOf(responses[id]),
        })),
      }
    );
  };
}

/** The links for an evaluation on the jury guide of a VAE candidate, or on their booklet. */
export function useBookletEvidence(evaluation: EvaluationDetail | undefined): EvidenceOf | null {
  const instrument = evaluation?.instrument ?? undefined;
  const kind = instrument?.kind;
  const onGuide = kind === 'jury_guide' && evaluation?.pathway === 'vae';
  const onBooklet = kind === 'vae_booklet';
  const booklet = useQuery({
    ...vaeBookletQuery(evaluation?.candidateId ?? ''),
    enabled: onGuide || onBooklet,
  });
  const list = useQuery({ ...instrumentsQuery, enabled: onBooklet });
  // A national instrument is bound to a certification's version (a company's may be to its
  // adapted referential: no links are drawn there).
  const binding =
    instrument && 'certification' in instrument.binding ? instrument.binding : undefined;
  const guide = list.data?.find(
    (i) =>
      i.kind === 'jury_guide' &&
      i.status === 'published' &&
      !i.organisationId &&
      i.certification === binding?.certification,
  );
  const otherRef = onGuide ? booklet.data?.instrument : onBooklet ? guide : undefined;
  const other = useQuery({
    ...instrumentQuery(otherRef?.key ?? '', otherRef?.version ?? ''),
    enabled: otherRef !== undefined,
  });
  const referential = useQuery({
    ...versionQuery(binding?.certification ?? '', binding?.version ?? ''),
    enabled: otherRef !== undefined && binding !== undefined,
  });
  const otherInstrument = other.data?.instrument;
  const nodes = referential.data?.version.nodes;
  const responses = booklet.data?.responses;
  return useMemo(() => {
    if (!instrument || !otherInstrument || !nodes || !responses) return null;
    const [bookletSide, gridSide] = onBooklet
      ? [instrument, otherInstrument]
      : [otherInstrument, instrument];
    const links = bookletEvidence(evaluatingItems(bookletSide), evaluatingItems(gridSide), nodes);
    return evidenceOf(instrument, otherInstrument, links, responses);
  }, [instrument, otherInstrument, nodes, responses, onBooklet]);
}

/** Under an item: the booklet answers supporting a line, or the lines an answer supports. */
export function ItemEvidence({ itemId }: { itemId: string }) {
  const { t } = useTranslation();
  const view = useContext(EvidenceContext)?.(itemId);
  if (!view) return null;
  if (view.side === 'lines')
    return (
      <Text size="sm" data-testid={`supports-${itemId}`}>
        {t('vae.jury.supports')}{' '}
        {view.lines.map((line, index) => (
          <Text span key={line.id} data-testid={`supports-line-${line.id}`}>
            {index > 0 ? ' ; ' : ''}
            <Text span fw={600}>
              {line.id}
            </Text>{' '}
            {line.text}
          </Text>
        ))}
      </Text>
    );
  return (
    <Paper bg="gray.0" p="sm" data-testid={`evidence-${itemId}`}>
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {t('vae.jury.evidenceTitle')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('vae.jury.evidenceHint')}
        </Text>
        <List size="sm" spacing={6}>
          {view.answers.map((answer) => (
            <List.Item key={answer.id} data-testid={`evidence-answer-${answer.id}`}>
              <Text size="sm" fw={600}>
                {answer.question}
              </Text>
              {answer.answer ? (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {answer.answer}
                </Text>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('vae.jury.noAnswer')}
                </Text>
              )}
            </List.Item>
          ))}
        </List>
      </Stack>
    </Paper>
  );
}
