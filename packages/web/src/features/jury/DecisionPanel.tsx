import { Alert, List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n.ts';
import type { WhatIf } from './juryApi.ts';
import { formatPercent } from './juryModel.ts';
import { KnowHowTable } from './KnowHowTable.tsx';
import { Explanation, VerdictList } from './VerdictParts.tsx';

type Decision = WhatIf['decision'];
type Bloc = NonNullable<Extract<Decision, { status: 'decided' }>['blocs']>[number];

/** Partial validation by bloc: each bloc acquired or not, with its line of explanation. */
function BlocsTable({ blocs, testId }: { blocs: Bloc[]; testId: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Stack gap={4} data-testid={`${testId}-blocs`}>
      <Title order={4}>{t('jury.deliberation.blocs')}</Title>
      <Table.ScrollContainer minWidth={480}>
        <Table withTableBorder>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('jury.deliberation.bloc')}</Table.Th>
              <Table.Th scope="col">{t('jury.deliberation.blocResult')}</Table.Th>
              <Table.Th scope="col">{t('jury.deliberation.blocWhy')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {blocs.map((bloc) => (
              <Table.Tr key={bloc.bloc} data-testid={`${testId}-bloc-${bloc.bloc}`}>
                <Table.Th scope="row">
                  <Text size="sm" fw={700}>
                    {bloc.bloc}
                  </Text>
                  <Text size="xs">{bloc.label}</Text>
                </Table.Th>
                <Table.Td fw={700} c={bloc.acquired ? 'green.9' : 'red.8'}>
                  {t(
                    bloc.acquired
                      ? 'jury.deliberation.blocAcquired'
                      : 'jury.deliberation.blocNotAcquired',
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{bloc.summary[locale]}</Text>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

/**
 * The verdicts first, one line per domain (or bloc) and one for the CQP; then the synthesis grid
 * (tutor, trainer, jury per domain), the blocs acquired where the rule set validates blocs on
 * their own, and the explanation folded by domain (issue 16, item 6).
 */
export function DecisionPanel({
  decision,
  title,
  testId = 'decision-panel',
  explanationOpen = false,
}: {
  decision: Decision;
  title?: string;
  testId?: string;
  explanationOpen?: boolean;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (decision.status !== 'decided')
    return (
      <Alert color="orange" variant="outline" data-testid={`${testId}-undecidable`}>
        <Text>{t('jury.deliberation.undecidable')}</Text>
        <List size="sm">
          {decision.reasons.map((r) => (
            <List.Item key={`${r.code}-${r.message.en}`}>{r.message[locale]}</List.Item>
          ))}
        </List>
      </Alert>
    );
  const { grid } = decision;
  const verdict = (unit: string) => decision.units.find((u) => u.unit === unit);
  // Each savoir-faire's condition, with the items that produced its score (issue 17).
  const knowHow = decision.units.flatMap((u) =>
    u.conditions
      .filter((c) => c.kind === 'competence' || c.kind === 'acquired')
      .map((c) => ({ competence: c.subject, score: c.value, measuredBy: c.measuredBy ?? [] })),
  );
  return (
    <Stack gap="xs" data-testid={testId}>
      {title ? <Title order={3}>{title}</Title> : null}
      <VerdictList decision={decision} testId={testId} />
      <Table.ScrollContainer minWidth={480}>
        <Table withTableBorder withColumnBorders>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('jury.deliberation.instrument')}</Table.Th>
              {grid.units.map((unit, u) => (
                <Table.Th scope="col" key={unit}>
                  <Text size="sm" fw={700}>
                    {grid.unitLabels[u] ?? unit}
                  </Text>
                  <Text size="xs">{unit}</Text>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {grid.instruments.map((instrument, i) => (
              <Table.Tr key={instrument}>
                <Table.Th scope="row">{grid.instrumentLabels[i]?.[locale] ?? instrument}</Table.Th>
                {grid.units.map((unit, u) => (
                  <Table.Td key={unit}>
                    {formatPercent(grid.rows[i]?.[u], locale, grid.decimals)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
            <Table.Tr>
              <Table.Th scope="row">{t('jury.deliberation.meanRow')}</Table.Th>
              {grid.units.map((unit, u) => (
                <Table.Td key={unit} fw={700}>
                  {formatPercent(grid.means[u], locale, grid.decimals)}
                </Table.Td>
              ))}
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row" />
              {grid.units.map((unit) => (
                <Table.Td
                  key={unit}
                  c={verdict(unit)?.passed ? 'green.9' : 'red.8'}
                  data-testid={`${testId}-unit-${unit}`}
                >
                  {verdict(unit)?.summary[locale]}
                </Table.Td>
              ))}
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {decision.blocs ? <BlocsTable blocs={decision.blocs} testId={testId} /> : null}
      {knowHow.length > 0 ? (
        <details>
          <summary>{t('jury.knowHow.title')}</summary>
          <KnowHowTable rows={knowHow} testId={`${testId}-know-how`} decimals={grid.decimals} />
        </details>
      ) : null}
      <Explanation decision={decision} open={explanationOpen} testId={testId} />
    </Stack>
  );
}
