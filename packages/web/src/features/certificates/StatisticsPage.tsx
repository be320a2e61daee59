import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Anchor, Group, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n.ts';
import { LoadError, Loading } from '../referential/LoadState.tsx';
import { useCertificationTitle } from '../referential/useCertificationTitle.ts';
import {
  type CertificateStatistics,
  type StatisticsTable,
  statisticsCsvUrl,
  statisticsQuery,
} from './certificatesApi.ts';
import { countAxis, highestValue } from './countAxis.ts';
import {
  type ChartRow,
  countRows,
  distributionCharts,
  drawnSeries,
  passRateRows,
} from './statisticsCharts.ts';

const COLOURS = ['blue.7', 'teal.8', 'orange.8', 'grape.7', 'red.8', 'lime.9'];

type Series = Array<{ name: string; label: string }>;

type ChartProps = {
  title: string;
  table: StatisticsTable;
  rows: ChartRow[];
  series: Series;
  unit?: string;
  max?: number;
  /** Counts of documents or candidates: whole numbers on the axis. */
  counts?: boolean;
  testId: string;
};

const AXIS_WIDTH = 48;

/** A bar chart, the same numbers as a table for those who do not see it, and its CSV. */
function StatisticsChart({ title, table, rows, series, unit, max, counts, testId }: ChartProps) {
  const { t } = useTranslation();
  const tableId = useId();
  return (
    <Stack gap="xs" data-testid={testId}>
      <Group justify="space-between" align="baseline">
        <Title order={2} size="h3">
          {title}
        </Title>
        <Anchor
          href={statisticsCsvUrl(table, currentLocale())}
          size="sm"
          data-testid={`${testId}-csv`}
        >
          {t('certificates.statistics.csv')}
        </Anchor>
      </Group>
      <figure style={{ margin: 0 }} aria-describedby={tableId}>
        <BarChart
          h={240}
          data={rows}
          dataKey="label"
          withLegend
          {...(unit ? { unit } : {})}
          // Issue 16, item 8: the bars stand in the middle of the chart — the axis on the left
          // is balanced by as much room on the right, and a bar is never wider than 56 px.
          maxBarWidth={56}
          barChartProps={{ margin: { top: 5, right: AXIS_WIDTH, bottom: 5, left: 0 } }}
          yAxisProps={{
            width: AXIS_WIDTH,
            ...(counts
              ? {
                  allowDecimals: false,
                  ...countAxis(
                    highestValue(
                      rows,
                      series.map((s) => s.name),
                    ),
                  ),
                }
              : max
                ? { domain: [0, max] }
                : {}),
          }}
          series={drawnSeries(
            rows,
            series.map((s, k) => ({ ...s, color: COLOURS[k % COLOURS.length] ?? 'blue.7' })),
          )}
        />
      </figure>
      <VisuallyHidden>
        <Table id={tableId} aria-label={t('certificates.statistics.tableOf', { title })}>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={String(row.label)}>
                <Table.Th scope="row">{row.label}</Table.Th>
                {series.map((s) => (
                  <Table.Td key={s.name}>
                    {s.label} : {row[s.name]}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </VisuallyHidden>
    </Stack>
  );
}

function Totals({ totals }: { totals: CertificateStatistics['totals'] }) {
  const { t } = useTranslation();
  const figures = [
    ['certificates', t('certificates.statistics.certificatesInForce'), totals.certificates],
    ['attestations', t('certificates.statistics.attestationsInForce'), totals.attestations],
    ['revoked', t('certificates.statistics.revoked'), totals.revoked],
    ['awarded', t('certificates.statistics.awarded'), totals.awarded],
    ['decided', t('certificates.statistics.decidedTotal'), totals.decided],
  ] as const;
  return (
    <Group gap="xl" data-testid="statistics-totals">
      {figures.map(([key, label, value]) => (
        <Stack key={key} gap={0}>
          <Text size="xl" fw={700} data-testid={`total-${key}`}>
            {value}
          </Text>
          <Text size="sm">{label}</Text>
        </Stack>
      ))}
    </Group>
  );
}

/** The certifier's statistics: documents issued, pass rates, distribution of percentages. */
export function StatisticsPage() {
  const { t } = useTranslation();
  const certificationTitle = useCertificationTitle();
  const query = useQuery(statisticsQuery);
  const title = t('certificates.statistics.title');
  useDocumentTitle(`${title} · ${t('app.name')}`);
  const stats = query.data;
  const counts: Series = [
    { name: 'certificates', label: t('certificates.statistics.certificates') },
    { name: 'attestations', label: t('certificates.statistics.attestations') },
    { name: 'revoked', label: t('certificates.statistics.revoked') },
  ];
  const empty = stats && stats.totals.decided === 0 && stats.byYear.length === 0;
  return (
    <Stack gap="xl" data-testid="statistics-page">
      <Stack gap={4}>
        <Title order={1}>{title}</Title>
        <Text>{t('certificates.statistics.intro')}</Text>
      </Stack>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <LoadError error={query.error} /> : null}
      {empty ? <Text>{t('certificates.statistics.empty')}</Text> : null}
      {stats && !empty ? (
        <>
          <Totals totals={stats.totals} />
          <StatisticsChart
            title={t('certificates.statistics.byYear')}
            table="years"
            rows={countRows(stats.byYear, (r) => String(r.year))}
            series={counts}
            counts
            testId="chart-years"
          />
          <StatisticsChart
            title={t('certificates.statistics.byCertification')}
            table="certifications"
            rows={countRows(stats.byCertification, (r) => r.title)}
            series={counts}
            counts
            testId="chart-certifications"
          />
          <StatisticsChart
            title={t('certificates.statistics.byCompany')}
            table="companies"
            rows={countRows(stats.byCompany, (r) => r.company)}
            series={counts}
            counts
            testId="chart-companies"
          />
          <StatisticsChart
            title={t('certificates.statistics.passRates')}
            table="pass-rates"
            rows={passRateRows(stats)}
            series={[{ name: 'rate', label: t('certificates.statistics.rate') }]}
            unit=" %"
            max={100}
            testId="chart-pass-rates"
          />
          {distributionCharts(stats).map((chart) => (
            <StatisticsChart
              key={chart.certification}
              title={`${t('certificates.statistics.distribution')} — ${certificationTitle(chart.certification)}`}
              table="distribution"
              rows={chart.rows}
              series={chart.units.map((u) => ({ name: u.code, label: `${u.code} — ${u.label}` }))}
              counts
              testId={`chart-distribution-${chart.certification}`}
            />
          ))}
        </>
      ) : null}
    </Stack>
  );
}
