import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n.ts';
import { formatPercent } from '../jury/juryModel.ts';
import { useDomains } from './useDomainName.ts';
import type { DomainResult, ListedCandidate } from './worklistApi.ts';

/** An evaluation's results per domain, each domain by its name, in the referential's order. */
export function DomainResults({
  candidate,
  domains,
}: {
  candidate: Pick<ListedCandidate, 'certification' | 'referentialVersion'>;
  domains: readonly DomainResult[];
}) {
  const { t } = useTranslation();
  const { order, name } = useDomains(candidate.certification, candidate.referentialVersion);
  const rank = (code: string) => (order.includes(code) ? order.indexOf(code) : order.length);
  const sorted = [...domains].sort((a, b) => rank(a.domain) - rank(b.domain));
  return (
    <>
      <Text size="sm" fw={600}>
        {t('worklist.results.caption')}
      </Text>
      <List size="sm" spacing={2} data-testid="domain-results">
        {sorted.map((d) => (
          <List.Item key={d.domain}>
            {t('worklist.results.line', {
              domain: name(d.domain),
              value: formatPercent(d.percentage, currentLocale(), 1),
            })}
          </List.Item>
        ))}
      </List>
    </>
  );
}
