import { Badge, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n.ts';
import type { JuryCandidate } from './juryApi.ts';
import { formatPercent, formatPoints } from './juryModel.ts';

/**
 * The president's view (seed 002): every member's percentage per domain side by side, the
 * spread of each domain and a visible flag where it is wide, and the members' mean.
 */
export function ComparisonTable({ view }: { view: JuryCandidate }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const comparison = view.comparison;
  if (!comparison) return null;
  const nameOf = (id: string) => view.graders.find((g) => g.personId === id)?.name ?? id;
  const members = comparison.domains[0]?.members.map((m) => m.memberId) ?? [];
  const percentOf = (domain: string, member: string) =>
    comparison.domains.find((d) => d.domain === domain)?.members.find((m) => m.memberId === member)
      ?.percentage;
  return (
    <Stack gap="xs" component="section" aria-labelledby="comparison-title">
      <Title order={2} id="comparison-title">
        {t('jury.deliberation.comparison')}
      </Title>
      <Text size="sm">
        {t('jury.deliberation.comparisonIntro', { threshold: comparison.threshold })}
      </Text>
      <Table.ScrollContainer minWidth={560}>
        <Table withTableBorder withColumnBorders data-testid="comparison-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('jury.deliberation.member')}</Table.Th>
              {comparison.domains.map((d) => (
                <Table.Th scope="col" key={d.domain}>
                  {d.domain} · {d.label}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {members.map((member) => (
              <Table.Tr key={member} data-testid={`comparison-member-${member}`}>
                <Table.Th scope="row">{nameOf(member)}</Table.Th>
                {comparison.domains.map((d) => (
                  <Table.Td key={d.domain}>
                    {formatPercent(percentOf(d.domain, member), locale)}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
            <Table.Tr data-testid="comparison-spread">
              <Table.Th scope="row">{t('jury.deliberation.spread')}</Table.Th>
              {comparison.domains.map((d) => (
                <Table.Td
                  key={d.domain}
                  data-testid={`spread-${d.domain}`}
                  data-divergent={d.divergent}
                >
                  {formatPoints(d.spread, locale)}{' '}
                  {d.divergent ? (
                    <Badge color="orange.9" variant="filled" data-testid={`divergence-${d.domain}`}>
                      {t('jury.deliberation.divergent')}
                    </Badge>
                  ) : null}
                </Table.Td>
              ))}
            </Table.Tr>
            <Table.Tr>
              <Table.Th scope="row">{t('jury.deliberation.mean')}</Table.Th>
              {comparison.domains.map((d) => (
                <Table.Td key={d.domain}>{formatPercent(d.mean, locale)}</Table.Td>
              ))}
            </Table.Tr>
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
