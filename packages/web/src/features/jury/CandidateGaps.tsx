import { Alert, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n.ts';
import { LoadError, Loading } from '../referential/LoadState.tsx';
import { candidateGapsQuery } from './juryApi.ts';
import { KnowHowTable } from './KnowHowTable.tsx';

const COLORS = { ready: 'green', undecidable: 'orange', invalid: 'red' } as const;

/**
 * Before the jury (issue 17, item 2): whether the candidate's record lets the jury decide, what
 * stands in the way, the lines marked « non évalué » and why, and each savoir-faire with the
 * items it is measured by so far.
 */
export function CandidateGaps({ candidateId }: { candidateId: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const gaps = useQuery(candidateGapsQuery(candidateId));
  return (
    <Paper withBorder p="md" data-testid="candidate-gaps">
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('jury.gaps.title')}
        </Title>
        {gaps.isPending ? <Loading /> : null}
        {gaps.isError ? <LoadError error={gaps.error} /> : null}
        {gaps.data ? (
          <>
            <Alert color={COLORS[gaps.data.status]} variant="outline" data-testid="gaps-status">
              <Text>{t(`jury.gaps.status.${gaps.data.status}`)}</Text>
              {gaps.data.problems.length > 0 ? (
                <List size="sm" data-testid="gaps-problems">
                  {gaps.data.problems.map((p) => (
                    <List.Item key={`${p.code}-${p.path ?? ''}-${p.message.en}`}>
                      {p.message[locale]}
                    </List.Item>
                  ))}
                </List>
              ) : null}
            </Alert>
            {gaps.data.notEvaluated.length > 0 ? (
              <Stack gap={4}>
                <Title order={3} size="h5">
                  {t('jury.gaps.notEvaluated')}
                </Title>
                <List size="sm" data-testid="gaps-not-evaluated">
                  {gaps.data.notEvaluated.map((n) => (
                    <List.Item key={n.path}>
                      {t('jury.gaps.notEvaluatedLine', {
                        item: n.item,
                        evaluator: n.evaluator,
                        reason: n.reason,
                      })}
                    </List.Item>
                  ))}
                </List>
              </Stack>
            ) : null}
            <Title order={3} size="h5">
              {t('jury.knowHow.title')}
            </Title>
            <KnowHowTable rows={gaps.data.knowHow} testId="gaps-know-how" />
          </>
        ) : null}
      </Stack>
    </Paper>
  );
}
