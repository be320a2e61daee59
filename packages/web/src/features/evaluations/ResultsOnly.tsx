import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EvaluationDetail } from './evaluationsApi.ts';
import { useResultText } from './ItemHistoryDrawer.tsx';

/**
 * What a candidate reads of their evaluation: the results item by item once it is submitted,
 * without the instrument (its answer keys and jury prompts are not theirs to see).
 */
export function ResultsOnly({ evaluation }: { evaluation: EvaluationDetail }) {
  const { t } = useTranslation();
  const resultText = useResultText();
  if (evaluation.items.length === 0)
    return <Text data-testid="results-pending">{t('evaluations.results.pending')}</Text>;
  return (
    <Stack gap="sm" data-testid="results-only">
      <Table.ScrollContainer minWidth={420}>
        <Table striped captionSide="top">
          <Table.Caption>{t('evaluations.results.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('evaluations.results.item')}</Table.Th>
              <Table.Th scope="col">{t('evaluations.results.result')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {evaluation.items.map((result) => (
              <Table.Tr key={result.item}>
                <Table.Th scope="row">{result.item}</Table.Th>
                <Table.Td>{resultText(result)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {evaluation.comment ? (
        <Text style={{ whiteSpace: 'pre-wrap' }}>
          {t('evaluations.results.comment', { comment: evaluation.comment })}
        </Text>
      ) : null}
    </Stack>
  );
}
