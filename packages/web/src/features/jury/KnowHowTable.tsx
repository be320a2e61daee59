import type { MeasuredBy } from '@certeval/core/deliberation/index';
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n.ts';
import { formatPercent } from './juryModel.ts';

export type KnowHowRow = {
  competence: string;
  label?: string;
  score: number | null;
  measuredBy: MeasuredBy[];
};

/** "tuteur : M3A1 80 %, M3A2 70 % · jury : « Gestion … » 70 %, 100 %". */
function measuredText(
  lines: readonly MeasuredBy[],
  locale: 'fr' | 'en',
  decimals?: number,
): string {
  const byInstrument = new Map<string, string[]>();
  for (const line of lines) {
    const values = line.values.map((v) => formatPercent(v, locale, decimals)).join(', ');
    const name = line.name === line.item ? line.name : `« ${line.name} »`;
    const label = line.instrumentLabel[locale];
    byInstrument.set(label, [...(byInstrument.get(label) ?? []), `${name} ${values}`]);
  }
  return [...byInstrument].map(([label, items]) => `${label} : ${items.join(', ')}`).join(' · ');
}

/** Each savoir-faire, its score and the items it was measured by, with their values. */
export function KnowHowTable({
  rows,
  testId,
  decimals,
}: {
  rows: KnowHowRow[];
  testId: string;
  decimals?: number;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table withTableBorder data-testid={testId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('jury.knowHow.competence')}</Table.Th>
            <Table.Th scope="col">{t('jury.knowHow.score')}</Table.Th>
            <Table.Th scope="col">{t('jury.knowHow.measuredBy')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.competence} data-testid={`${testId}-${row.competence}`}>
              <Table.Th scope="row">
                <Text size="sm" fw={700}>
                  {row.competence}
                </Text>
                {row.label ? <Text size="xs">{row.label}</Text> : null}
              </Table.Th>
              <Table.Td>{formatPercent(row.score, locale, decimals)}</Table.Td>
              <Table.Td>
                {row.measuredBy.length > 0 ? (
                  <Text size="sm">{measuredText(row.measuredBy, locale, decimals)}</Text>
                ) : (
                  <Text size="sm" c="red.8" fw={600}>
                    {t('jury.knowHow.never')}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
