import type { VerificationOutcome } from '@certeval/core/credentials/verdict';
import { Alert, List, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n.ts';
import type { VerificationResult } from './certificatesApi.ts';

export const OUTCOME_COLOURS: Record<VerificationOutcome, string> = {
  valid: 'green',
  unverified: 'orange',
  invalid: 'red',
};

/** The site an issuer id lives on ("certeval.example"), never the whole address of its keys. */
export function issuerSite(id: string): string {
  const web = /^did:web:([^:#?]+)/.exec(id)?.[1];
  if (web) return decodeURIComponent(web);
  try {
    return /^https?:$/.test(new URL(id).protocol) ? new URL(id).host : '';
  } catch {
    return '';
  }
}

/** Who proved the issuer: this server, or the site where the issuer publishes its keys. */
function IssuerLine({ issuer }: { issuer: NonNullable<VerificationResult['issuer']> }) {
  const { t } = useTranslation();
  return (
    <Text size="sm" data-testid="verdict-issuer">
      {issuer.source === 'certeval'
        ? t('certificates.verify.issuerHere')
        : issuerSite(issuer.id)
          ? t('certificates.verify.issuerAt', { site: issuerSite(issuer.id) })
          : t('certificates.verify.issuerProven')}
    </Text>
  );
}

/**
 * The headline of a verification: valid, not verified or invalid, in the reader's language,
 * with the reasons when it is not valid. It never says valid unless the verdict is.
 */
export function VerdictAlert({
  verification,
  children,
}: {
  verification: VerificationResult;
  children?: ReactNode;
}) {
  const lang = currentLocale();
  const { verdict } = verification;
  return (
    <Alert
      color={OUTCOME_COLOURS[verdict.outcome]}
      variant="light"
      role="status"
      title={verdict.headline[lang]}
      data-testid="upload-verdict"
      data-outcome={verdict.outcome}
      style={{ overflowWrap: 'anywhere' }}
    >
      <Stack gap={4}>
        {verdict.reasons.length > 0 ? (
          <List size="sm" data-testid="verdict-reasons">
            {verdict.reasons.map((reason) => (
              <List.Item key={reason.en}>{reason[lang]}</List.Item>
            ))}
          </List>
        ) : null}
        {verification.issuer && verdict.outcome === 'valid' ? (
          <IssuerLine issuer={verification.issuer} />
        ) : null}
        {children}
      </Stack>
    </Alert>
  );
}
