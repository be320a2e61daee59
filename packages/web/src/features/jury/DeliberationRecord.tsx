// What stays of a deliberation: the signature and the lock with the minutes to download, the
// earlier signed versions and the certifier's reopenings with their reasons.
import { Alert, Anchor, Group, List, Stack, Text, Title } from '@mantine/core';
import IconDownload from '@tabler/icons-react/icons/IconDownload';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n.ts';
import { type JuryCandidate, minutesUrl } from './juryApi.ts';

export function useInstant() {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'fr-FR', {
    dateStyle: 'short',
    timeStyle: 'short',
  });
  return (iso: string) => format.format(new Date(iso));
}

export function Locked({ view }: { view: JuryCandidate }) {
  const { t } = useTranslation();
  const instant = useInstant();
  if (!view.signature) return null;
  return (
    <Alert
      color="green"
      variant="outline"
      data-testid="deliberation-locked"
      styles={{ body: { minWidth: 0 } }}
    >
      <Text fw={600}>
        {t('jury.deliberation.signedBy', {
          name: view.signature.name,
          at: instant(view.signature.at),
        })}
      </Text>
      <Text size="sm">{t('jury.deliberation.lockedHint')}</Text>
      {view.minutesHash ? (
        <Text size="xs" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
          SHA-256 {view.minutesHash}
        </Text>
      ) : null}
      <Anchor href={minutesUrl(view.session.id)} download data-testid="download-minutes">
        <Group gap={4} wrap="nowrap" component="span">
          <IconDownload size={16} aria-hidden />
          {t('jury.deliberation.minutes')}
        </Group>
      </Anchor>
    </Alert>
  );
}

export function History({ view }: { view: JuryCandidate }) {
  const { t } = useTranslation();
  const instant = useInstant();
  const locale = currentLocale();
  if (view.previousVersions.length === 0 && view.reopenings.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="history-title">
      <Title order={2} id="history-title">
        {t('jury.deliberation.previousVersions')}
      </Title>
      <List size="sm" data-testid="deliberation-history">
        {view.previousVersions.map((v) => (
          <List.Item key={v.version}>
            {t('jury.deliberation.previous', {
              version: v.version,
              summary: v.summary[locale],
              name: v.signature.name,
              at: instant(v.signature.at),
            })}
          </List.Item>
        ))}
        {view.reopenings.map((r) => (
          <List.Item key={`r${r.version}`}>
            {t('jury.deliberation.reopened', { at: instant(r.at), reason: r.reason })}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
