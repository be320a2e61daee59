// What the product holds about the person, kind by kind, with the rule that says how long it is
// kept and what an erasure would do to it (the rolled-back preview the server computes).
import { Badge, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n.ts';
import type { Erasure, ErasureOutcome } from './personalDataApi.ts';
import { retentionRulesQuery } from './personalDataApi.ts';

const OUTCOMES: readonly ErasureOutcome[] = ['erased', 'pseudonymised', 'kept'];
const COLOURS = { erased: 'gray.7', pseudonymised: 'blue.8', kept: 'orange.9' } as const;

export function Holdings({ preview }: { preview: Erasure }) {
  const { t } = useTranslation();
  const rules = useQuery(retentionRulesQuery);
  const locale = currentLocale();
  const rows = OUTCOMES.flatMap((outcome) => preview[outcome].map((line) => ({ outcome, line })));
  if (rows.length === 0) return <Text>{t('personalData.person.holdingsNone')}</Text>;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped verticalSpacing="sm" data-testid="holdings">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('personalData.person.columns.kind')}</Table.Th>
            <Table.Th scope="col">{t('personalData.person.columns.count')}</Table.Th>
            <Table.Th scope="col">{t('personalData.person.columns.retention')}</Table.Th>
            <Table.Th scope="col">{t('personalData.person.columns.onErasure')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ outcome, line }) => (
            <Table.Tr key={`${outcome}-${line.kind}`} data-testid="holding" data-outcome={outcome}>
              <Table.Th scope="row">{line.label[locale]}</Table.Th>
              <Table.Td>{line.count.toLocaleString(locale === 'en' ? 'en-GB' : 'fr-FR')}</Table.Td>
              <Table.Td>
                {rules.data?.rules.find((r) => r.kind === line.kind)?.retention[locale] ?? ''}
              </Table.Td>
              <Table.Td>
                <Badge color={COLOURS[outcome]} variant="light">
                  {t(`personalData.person.outcomes.${outcome}`)}
                </Badge>
                {line.reason ? <Text size="sm">{line.reason[locale]}</Text> : null}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
