import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n.ts';
import type { Membership } from '../auth/me.ts';
import { PATHS } from '../candidates/candidateRouteIds.ts';
import { useFormatDate } from '../certificates/useFormatDate.ts';
import { spaceParams } from '../home/spaces.ts';
import type { DeclarationPreview } from './cdcApi.ts';

type Props = { preview: DeclarationPreview; membership: Membership };

/** What the next file holds, the holders to complete first, the revocations to report. */
export function DeclarationPreviewView({ preview, membership }: Props) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const locale = currentLocale();
  return (
    <Stack gap="sm" data-testid="cdc-preview">
      <Text data-testid="cdc-to-declare">
        {t('cdc.preview.toDeclare', { count: preview.toDeclare })}
      </Text>
      {preview.corrections.length > 0 ? (
        <Text>{t('cdc.preview.corrections', { count: preview.corrections.length })}</Text>
      ) : null}
      {preview.alreadyDeclared > 0 ? (
        <Text>{t('cdc.preview.alreadyDeclared', { count: preview.alreadyDeclared })}</Text>
      ) : null}
      {preview.missing.length > 0 ? (
        <Stack gap={4} data-testid="cdc-missing">
          <Title order={4}>{t('cdc.preview.missingTitle')}</Title>
          <Text size="sm">{t('cdc.preview.missingIntro')}</Text>
          <List>
            {preview.missing.map((m) => (
              <List.Item key={m.candidateId} data-testid="cdc-missing-holder">
                {m.message[locale]}{' '}
                <Anchor
                  renderRoot={(props) => (
                    <Link
                      to={PATHS.editCandidate}
                      params={{ ...spaceParams(membership), candidateId: m.candidateId }}
                      {...props}
                    />
                  )}
                >
                  {t('cdc.preview.complete')}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </Stack>
      ) : null}
      {preview.notDeclarable.length > 0 ? (
        <Stack gap={4}>
          <Title order={4}>{t('cdc.preview.notDeclarableTitle')}</Title>
          <List>
            {preview.notDeclarable.map((n) => (
              <List.Item key={n.number}>
                {n.number} — {n.holderName} : {n.reason[locale]}
              </List.Item>
            ))}
          </List>
        </Stack>
      ) : null}
      {preview.revocations.length > 0 ? (
        <Stack gap={4} data-testid="cdc-revocations">
          <Title order={4}>{t('cdc.preview.revocationsTitle')}</Title>
          <Text size="sm">{t('cdc.preview.revocationsIntro')}</Text>
          <List>
            {preview.revocations.map((r) => (
              <List.Item key={r.number}>
                {r.number} — {r.holderName},{' '}
                {t('cdc.preview.revokedOn', { date: formatDate(r.revokedAt), reason: r.reason })}
              </List.Item>
            ))}
          </List>
        </Stack>
      ) : null}
    </Stack>
  );
}
