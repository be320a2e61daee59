import { Anchor, Card, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n.ts';
import type { Membership, Role } from '../auth/me.ts';
import { candidateName } from '../candidates/candidateList.ts';
import { PATHS } from '../candidates/candidateRouteIds.ts';
import { useFormatDay } from '../candidates/useFormatDay.ts';
import { spaceParams } from '../home/spaces.ts';
import { formatPercent } from '../jury/juryModel.ts';
import { useDomains } from './useDomainName.ts';
import { WorklistFrame } from './WorklistFrame.tsx';
import type { ListedCandidate } from './worklistApi.ts';
import { domainsOf, latestResults } from './worklistModel.ts';

function CandidateResults({ space, candidate }: { space: Membership; candidate: ListedCandidate }) {
  const { t } = useTranslation();
  const formatDay = useFormatDay();
  const { order, name } = useDomains(candidate.certification, candidate.referentialVersion);
  const rows = latestResults(candidate);
  const domains = domainsOf(rows, order);
  const fullName = candidateName(candidate);
  return (
    <Card withBorder data-testid="candidate-results">
      <Stack gap="xs">
        <Title order={2} size="h4">
          <Anchor
            inherit
            renderRoot={(props) => (
              <Link
                to={PATHS.candidate}
                params={{ ...spaceParams(space), candidateId: candidate.id }}
                {...props}
              />
            )}
          >
            {fullName}
          </Anchor>
        </Title>
        {rows.length === 0 ? (
          <Text>{t('worklist.results.noResult')}</Text>
        ) : (
          <Table.ScrollContainer minWidth={480}>
            <Table striped captionSide="top">
              <Table.Caption>{t('worklist.results.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('worklist.results.by')}</Table.Th>
                  {domains.map((d) => (
                    <Table.Th scope="col" key={d}>
                      {name(d)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map(({ role, evaluation }) => (
                  <Table.Tr key={evaluation.id}>
                    <Table.Th scope="row">
                      {t('worklist.results.of', {
                        role: t(`roles.${role as Role}`),
                        kind: t(`evaluations.kinds.${evaluation.kind}`),
                        date: formatDay(evaluation.date),
                      })}
                    </Table.Th>
                    {domains.map((d) => (
                      <Table.Td key={d} data-testid={`result-${role}-${d}`}>
                        {formatPercent(
                          evaluation.domains.find((x) => x.domain === d)?.percentage,
                          currentLocale(),
                          1,
                        )}
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}

/**
 * The trainer's results (issue 16): for each candidate, the latest percentage of the objective
 * reached per domain by the tutor's and the trainer's evaluations (seed 000, slide 18).
 */
export function ResultsPage() {
  const { t } = useTranslation();
  return (
    <WorklistFrame section="results">
      {(list, space) =>
        list.length === 0 ? (
          <Text>{t('worklist.results.empty')}</Text>
        ) : (
          list.map((candidate) => (
            <CandidateResults key={candidate.id} space={space} candidate={candidate} />
          ))
        )
      }
    </WorklistFrame>
  );
}
