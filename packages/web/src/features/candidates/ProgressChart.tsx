import '@mantine/charts/styles.css';
import { LineChart } from '@mantine/charts';
import { Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Booklet } from './candidatesApi.ts';
import { chartDomains, progressRows } from './progressChart.ts';
import { useFormatDay } from './useFormatDay.ts';

const COLOURS = ['blue.7', 'orange.8', 'teal.8', 'grape.7', 'red.8', 'lime.9'];

type Props = {
  progress: Booklet['progress'];
  domains: ReadonlyArray<{ code: string; label: string }>;
};

/**
 * Progress per domain over the evaluations (percentage of objective reached), as a line chart
 * and, for those who do not see it, as a table with the same numbers.
 */
export function ProgressChart({ progress, domains }: Props) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const tableId = useId();
  const rows = progressRows(progress.domains);
  const codes = chartDomains(
    progress.domains,
    domains.map((d) => d.code),
  );
  const labelOf = (code: string) => domains.find((d) => d.code === code)?.label ?? code;
  const pointLabel = (row: (typeof rows)[number]) =>
    `${formatDay(row.date)} · ${t(`evaluations.kinds.${row.kind as 'continuous'}`)}`;
  const data = rows.map((row) => ({ point: pointLabel(row), ...row.values }));
  return (
    <Stack gap="sm" data-testid="progress">
      <Title order={2} size="h3">
        {t('candidates.booklet.progress')}
      </Title>
      {rows.length === 0 ? (
        <Text data-testid="progress-empty">{t('candidates.booklet.noProgress')}</Text>
      ) : (
        <>
          <figure style={{ margin: 0 }} aria-describedby={tableId} data-testid="progress-chart">
            <figcaption>
              <Text size="sm">{t('candidates.booklet.chartCaption')}</Text>
            </figcaption>
            <LineChart
              h={280}
              data={data}
              dataKey="point"
              unit=" %"
              yAxisProps={{ domain: [0, 100] }}
              withLegend
              connectNulls
              curveType="linear"
              series={codes.map((code, k) => ({
                name: code,
                label: `${code} — ${labelOf(code)}`,
                color: COLOURS[k % COLOURS.length] ?? 'blue.7',
              }))}
            />
          </figure>
          <Table.ScrollContainer minWidth={480}>
            <Table striped captionSide="top" id={tableId} data-testid="progress-table">
              <Table.Caption>{t('candidates.booklet.tableCaption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('candidates.booklet.evaluation')}</Table.Th>
                  {codes.map((code) => (
                    <Table.Th scope="col" key={code}>
                      <abbr title={labelOf(code)}>{code}</abbr>
                      <VisuallyHidden> — {labelOf(code)}</VisuallyHidden>
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((row) => (
                  <Table.Tr key={row.evaluation}>
                    <Table.Th scope="row" fw={500}>
                      {pointLabel(row)} · {t(`evaluations.roles.${row.evaluatorRole as 'tutor'}`)}
                    </Table.Th>
                    {codes.map((code) => (
                      <Table.Td key={code}>
                        {row.values[code] === undefined
                          ? '—'
                          : t('evaluations.item.percent', { value: row.values[code] })}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}
