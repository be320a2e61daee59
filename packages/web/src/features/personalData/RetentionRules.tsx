// The record of processing as the certifier reads it (issue 19 item 5): the core's retention
// rules, served with the configured delay, one entry per kind of data.
import { Accordion, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n.ts';
import { LoadError, Loading } from '../referential/LoadState.tsx';
import { type RetentionRule, retentionRulesQuery } from './personalDataApi.ts';

const FIELDS = ['data', 'purpose', 'legalBasis', 'recipients', 'retention'] as const;

function Rule({ rule }: { rule: RetentionRule }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Stack gap="xs" component="dl" m={0}>
      {FIELDS.map((field) => (
        <div key={field}>
          <Text component="dt" fw={600}>
            {t(`personalData.rules.${field}`)}
          </Text>
          <Text component="dd" m={0}>
            {rule[field][locale]}
          </Text>
        </div>
      ))}
      {(['onErasure', 'underSignedDecision'] as const).map((when) => (
        <div key={when}>
          <Text component="dt" fw={600}>
            {t(`personalData.rules.${when}`)}
          </Text>
          <Text component="dd" m={0}>
            {t(`personalData.person.outcomes.${rule[when]}`)}
            {rule[when] !== 'erased' && rule.because ? ` — ${rule.because[locale]}` : ''}
          </Text>
        </div>
      ))}
    </Stack>
  );
}

export function RetentionRules() {
  const { t } = useTranslation();
  const query = useQuery(retentionRulesQuery);
  const locale = currentLocale();
  return (
    <Stack gap="sm" data-testid="retention-rules">
      <Title order={2}>{t('personalData.rules.title')}</Title>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <LoadError error={query.error} /> : null}
      {query.data ? (
        <>
          <Text>{t('personalData.rules.intro', { days: query.data.noJuryDelayDays })}</Text>
          <Accordion variant="separated" multiple>
            {query.data.rules.map((rule) => (
              <Accordion.Item key={rule.kind} value={rule.kind} data-testid="retention-rule">
                <Accordion.Control>{rule.label[locale]}</Accordion.Control>
                <Accordion.Panel>
                  <Rule rule={rule} />
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        </>
      ) : null}
    </Stack>
  );
}
