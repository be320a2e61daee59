import { Alert, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n.ts';
import type { VerificationResult } from './certificatesApi.ts';

/** Every check of a verification with its outcome and reason, then the remarks. */
export function VerificationChecks({ result }: { result: VerificationResult }) {
  const { t } = useTranslation();
  const lang = currentLocale();
  return (
    <Stack gap="sm" data-testid="verification-checks">
      <Title order={2} size="h4">
        {t('certificates.verify.checks')}
      </Title>
      <List spacing={4} listStyleType="none" p={0}>
        {result.checks.map((check) => (
          <List.Item
            key={`${check.code}:${check.reason ?? ''}:${check.message.en}`}
            data-testid={`check-${check.code}`}
            data-ok={check.ok}
          >
            <Text span fw={600} c={check.ok ? 'green.9' : 'red.9'}>
              {check.ok ? '✓' : '✗'}{' '}
              {check.ok ? t('certificates.verify.ok') : t('certificates.verify.failed')}
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
