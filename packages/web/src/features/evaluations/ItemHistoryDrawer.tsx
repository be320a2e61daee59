import { Drawer, Stack, Text, Timeline } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../referential/LoadState.tsx';
import { useFormatDate } from '../variant/useFormatDate.ts';
import type { ItemResult } from './evaluationDraft.ts';
import { historyQuery } from './evaluationsApi.ts';
import { itemHistory } from './itemHistory.ts';

/** "70 %", "2 points" (or "2 points sur 3" knowing the maximum), "Acquis", or "rien". */
export function useResultText(): (result: ItemResult | undefined, maxPoints?: number) => string {
  const { t } = useTranslation();
  return (result, maxPoints) => {
    if (!result) return t('evaluations.history.nothing');
    const points = (count: number) =>
      maxPoints === undefined
        ? t('evaluations.item.pointsValue', { count })
        : t('evaluations.item.pointsOf', { count, max: maxPoints });
    const scored =
      result.percentage !== undefined
        ? t('evaluations.item.percent', { value: result.percentage })
        : result.points !== undefined
          ? points(result.points)
          : result.outcome !== undefined
            ? t(`evaluations.outcomes.${result.outcome}`)
            : result.notEvaluated !== undefined
              ? t('evaluations.history.notEvaluated', { reason: result.notEvaluated.reason })
              : t('evaluations.history.nothing');
    // A closed question's score changed from its key's: shown as such, with its reason.
    const value = result.override
      ? t('evaluations.history.override', {
          value: scored,
          computed: points(result.override.computed ?? 0),
          reason: result.override.reason,
        })
      : scored;
    return result.comment
      ? t('evaluations.history.withComment', { value, comment: result.comment })
      : value;
  };
}

type Props = { evaluationId: string; itemId: string | null; onClose: () => void };

/** Every change of one item: who, when, before and after (issue 5, item 9). */
export function ItemHistoryDrawer({ evaluationId, itemId, onClose }: Props) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const resultText = useResultText();
  // Read again at each opening: the autosave adds to it all the time.
  const history = useQuery({
    ...historyQuery(evaluationId),
    enabled: itemId !== null,
    staleTime: 0,
  });
  const changes = itemId && history.data ? itemHistory(history.data, itemId) : [];
  return (
    <Drawer
      opened={itemId !== null}
      onClose={onClose}
      position="right"
      title={t('evaluations.history.title', { id: itemId ?? '' })}
      closeButtonProps={{ 'aria-label': t('evaluations.history.close') }}
      data-testid="item-history"
    >
      {history.isFetching && !history.data ? <Loading /> : null}
      {history.isError ? <LoadError error={history.error} /> : null}
      {history.data && changes.length === 0 ? <Text>{t('evaluations.history.empty')}</Text> : null}
      {changes.length > 0 ? (
        <Timeline bulletSize={14} lineWidth={2} data-testid="item-history-list">
          {changes.map((change) => (
            <Timeline.Item
              key={`${change.at}`}
              title={t('evaluations.history.entry', {
                at: formatDate(change.at),
                name: change.actorName ?? t('evaluations.history.someone'),
              })}
            >
              <Stack gap={0}>
                <Text size="sm">
                  {t('evaluations.history.before', { value: resultText(change.before) })}
                </Text>
                <Text size="sm" fw={600}>
                  {t('evaluations.history.after', { value: resultText(change.after) })}
                </Text>
              </Stack>
            </Timeline.Item>
          ))}
        </Timeline>
      ) : null}
    </Drawer>
  );
}
