import { Alert, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n.ts';
import type { VerificationResult } from './certificatesApi.ts';

/** How a check ended: passed, failed (the credential is wrong), or not verified. */
function checkLabel(check: VerificationResult['checks'][number]) {
  if (check.ok) return { mark: '✓', key: 'certificates.verify.ok', colour: 'green.9' } as const;
  if (check.outcome === 'unverified') {
    return { mark: '?', key: 'certificates.verify.unverified', colour: 'orange.9' } as const;
  }
  return { mark: '✗', key: 'certificates.verify.failed', colour: 'red.9' } as const;
}

/** Every check of a verification with its outcome and reason, then the remarks. */
export function VerificationChecks({ result }: { result: VerificationResult }) {
  const { t } = useTranslation();
  const lang = currentLocale();
  return (
    // Key ids and addresses are long words: they wrap anywhere rather than overflow.
    <Stack gap="sm" data-testid="verification-checks" style={{ overflowWrap: 'anywhere' }}>
      <Title order={2} size="h4">
        {t('certificates.verify.checks')}
      </Title>
      <List spacing={4} listStyleType="none" p={0}>
        {result.checks.map((check) => (
          <List.Item
            key={`${check.code}:${check.reason ?? ''}:${check.message.en}`}
            data-testid={`check-${check.code}`}
            data-ok={check.ok}
            data-outcome={check.outcome}
          >
            <Text span fw={600} c={checkLabel(check).colour}>
              {checkLabel(check).mark} {t(checkLabel(check).key)}
            </Text>{' '}
            <Text span>{check.message[lang]}</Text>
            {check.problems && check.problems.length > 1 ? (
              <List size="sm" withPadding>
                {check.problems.slice(1, 8).map((problem) => (
                  <List.Item key={`${problem.path}-${problem.code}`}>
                    {problem.path} — {problem.message[lang]}
                  </List.Item>
                ))}
              </List>
            ) : null}
          </List.Item>
        ))}
      </List>
      {result.warnings.length > 0 ? (
        <Alert color="yellow" variant="outline" title={t('certificates.verify.warnings')}>
          <List size="sm">
            {result.warnings.map((warning) => (
              <List.Item key={`${warning.code}:${warning.path ?? ''}:${warning.message.en}`}>
                {warning.message[lang]}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
    </Stack>
  );
}
