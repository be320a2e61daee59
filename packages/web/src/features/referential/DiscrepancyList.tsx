import type { Discrepancy, ReferentialVersion } from '@certeval/core/referential/fileSchema';
import { englishNote, sourceLabel } from '@certeval/core/referential/sourceLabel';
import { Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n.ts';

/** The note in the page's language: the French one the file gives, else the recorded one. */
export function discrepancyNote(discrepancy: Discrepancy, lang: 'fr' | 'en'): string {
  return lang === 'fr' ? (discrepancy.noteFr ?? discrepancy.note) : englishNote(discrepancy.note);
}

function DiscrepancyItem({ discrepancy }: { discrepancy: Discrepancy }) {
  const { t } = useTranslation();
  const lang = currentLocale();
  return (
    <Paper component="li" withBorder p="md" className="avoid-break">
      <Stack gap="xs">
        <Group gap="xs">
          {discrepancy.codes.length > 0 ? (
            discrepancy.codes.map((code) => (
              <Badge key={code} variant="outline" color="blue.9" ff="monospace">
                {code}
              </Badge>
            ))
          ) : (
            <Badge variant="outline" color="gray.8">
              {t('referential.discrepancies.general')}
            </Badge>
          )}
          <Text size="sm" c="dimmed">
            {t('referential.discrepancies.source', {
              source: sourceLabel(discrepancy.source, lang),
            })}
          </Text>
        </Group>
        <Text lang={lang}>{discrepancyNote(discrepancy, lang)}</Text>
        {discrepancy.variants?.length ? (
          <Stack gap={4}>
            <Title order={3} size="h6">
              {t('referential.discrepancies.variants')}
            </Title>
            <List size="sm">
              {discrepancy.variants.map((variant) => (
                <List.Item key={`${variant.source}-${variant.text}`}>
                  <Text span fw={600} size="sm">
                    {sourceLabel(variant.source, lang)}
                  </Text>
                  {` — ${variant.text}`}
                </List.Item>
              ))}
            </List>
          </Stack>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** Where the source contradicts itself, what it says and what we kept (issue 3, item 2). */
export function DiscrepancyList({ version }: { version: ReferentialVersion }) {
  const { t } = useTranslation();
  if (version.discrepancies.length === 0) {
    return <Text data-testid="discrepancies-none">{t('referential.discrepancies.none')}</Text>;
  }
  return (
    <Stack gap="md" data-testid="discrepancies">
      <Text>{t('referential.discrepancies.intro')}</Text>
      <Stack component="ul" gap="sm" className="plain-list">
        {version.discrepancies.map((discrepancy, index) => (
          // Discrepancies have no identity of their own; their order is the file's.
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is static for a version.
          <DiscrepancyItem key={index} discrepancy={discrepancy} />
        ))}
      </Stack>
    </Stack>
  );
}
