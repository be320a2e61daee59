import { Alert, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CandidateQuestionnaire, FinishResult } from './onlineApi.ts';

/** "R — Relation client / Argumentation" when a part of the questionnaire is the domain's. */
function useDomainName(questionnaire: CandidateQuestionnaire) {
  const { t } = useTranslation();
  return (code: string) => {
    const title = questionnaire.sections.find((s) => s.id === code)?.title;
    return title ? t('online.result.domainName', { code, title }) : code;
  };
}

/** What the candidate reads once finished: each domain's percentage, or that it awaits grading. */
export function ResultPanel({
  questionnaire,
  result,
}: {
  questionnaire: CandidateQuestionnaire;
  result: FinishResult;
}) {
  const { t, i18n } = useTranslation();
  const domainName = useDomainName(questionnaire);
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'fr-FR', {
    maximumFractionDigits: 1,
  });
  const waiting = result.status === 'to_grade';
  return (
    <Alert
      color={waiting ? 'blue' : 'green'}
      variant="outline"
      title={t('online.result.title')}
      data-testid="online-result"
    >
      <Stack gap="sm">
        <Text data-testid="online-result-status">
          {waiting ? t('online.result.toGrade') : t('online.result.submitted')}
        </Text>
        <Table.ScrollContainer minWidth={320}>
          <Table striped captionSide="top" data-testid="online-result-domains">
            <Table.Caption>{t('online.result.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('online.result.domain')}</Table.Th>
                <Table.Th scope="col">{t('online.result.percentage')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {result.domains.map((d) => (
                <Table.Tr key={d.domain} data-testid={`domain-${d.domain}`}>
                  <Table.Th scope="row">{domainName(d.domain)}</Table.Th>
                  <Table.Td data-testid="domain-value">
                    {d.final
                      ? t('online.result.value', { value: number.format(d.percentage) })
                      : t('online.result.pending')}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Stack>
    </Alert>
  );
}
