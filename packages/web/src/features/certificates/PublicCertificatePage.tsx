import { Alert, Anchor, Badge, List, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/apiClient.ts';
import { currentLocale } from '../../i18n/i18n.ts';
import { LoadError, Loading } from '../referential/LoadState.tsx';
import {
  type DocumentStatus,
  type PublicCertificate,
  publicCertificateQuery,
} from './certificatesApi.ts';
import { documentKindKey } from './certificateTexts.ts';
import { useFormatDate } from './useFormatDate.ts';
import { VerificationChecks } from './VerificationChecks.tsx';
import { VerificationFrame } from './VerificationFrame.tsx';

export const STATUS_COLOURS: Record<DocumentStatus, string> = {
  valid: 'green',
  suspended: 'orange',
  revoked: 'red',
  expired: 'orange',
  unverified: 'orange',
  invalid: 'red',
};

function Verdict({ document }: { document: PublicCertificate }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const { status, revocation, suspension, validUntil } = document;
  return (
    <Alert
      color={STATUS_COLOURS[status]}
      variant="light"
      role="status"
      title={t(`certificates.page.${status}`)}
      data-testid="certificate-status"
      data-status={status}
    >
      {revocation ? (
        <Text data-testid="revocation-reason">
          {t('certificates.page.revokedBecause', {
            date: formatDate(revocation.revokedAt),
            reason: revocation.reason,
          })}
        </Text>
      ) : null}
      {suspension ? (
        <Text data-testid="suspension-reason">
          {t('certificates.page.suspendedBecause', {
            date: formatDate(suspension.suspendedAt),
            reason: suspension.reason,
          })}
        </Text>
      ) : null}
      {status === 'expired' && validUntil ? (
        <Text>{t('certificates.page.expiredOn', { date: formatDate(validUntil) })}</Text>
      ) : null}
      {status === 'unverified' || status === 'invalid' || status === 'suspended' ? (
        <Text data-testid="certificate-verdict">
          {document.verification.verdict.headline[currentLocale()]}
        </Text>
      ) : null}
    </Alert>
  );
}

function Facts({ document }: { document: PublicCertificate }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const { certification } = document;
  const rows: Array<[string, string, string]> = [
    ['holder', t('certificates.page.holder'), document.holder.name],
    [
      'certification',
      t('certificates.page.certification'),
      `${certification.title} — ${certification.kindLabel}`,
    ],
    ...(certification.registration
      ? [
          [
            'registration',
            t('certificates.page.registration'),
            [certification.registration, certification.registrationDecision]
              .filter(Boolean)
              .join(' — '),
          ] as [string, string, string],
        ]
      : []),
    ['decision', t('certificates.page.decision'), formatDate(document.decisionDate)],
    ['issued', t('certificates.page.issued'), formatDate(document.issuedOn)],
    ['certifier', t('certificates.page.certifier'), document.certifier],
  ];
  return (
    <Table variant="vertical" layout="fixed" withTableBorder data-testid="certificate-facts">
      <Table.Tbody>
        {rows.map(([key, label, value]) => (
          <Table.Tr key={key}>
            <Table.Th w={200} scope="row">
              {label}
            </Table.Th>
            <Table.Td data-testid={`fact-${key}`}>{value}</Table.Td>
          </Table.Tr>
        ))}
        {document.kind === 'attestation' ? (
          <Table.Tr>
            <Table.Th scope="row">{t('certificates.page.units')}</Table.Th>
            <Table.Td>
              <List size="sm">
                {document.units.map((unit) => (
                  <List.Item key={unit.code}>
                    {unit.code} — {unit.label} (
                    {unit.validUntil
                      ? t('certificates.mine.validUntil', { date: formatDate(unit.validUntil) })
                      : t('certificates.mine.unlimited')}
                    )
                  </List.Item>
                ))}
              </List>
            </Table.Td>
          </Table.Tr>
        ) : null}
      </Table.Tbody>
    </Table>
  );
}

/** /verifier/$number: what the QR code opens, without an account. */
export function PublicCertificatePage() {
  const { t } = useTranslation();
  const { number } = useParams({ from: '/verifier/$number' });
  const query = useQuery(publicCertificateQuery(number));
  const document = query.data;
  const signatureOk =
    document?.verification.checks.some((c) => c.code === 'signature' && c.ok) ?? false;
  return (
    <VerificationFrame title={t('certificates.page.title', { number })}>
      <Stack gap="md" data-testid="public-certificate">
        <Title order={1}>{t('certificates.page.title', { number })}</Title>
        {query.isPending ? <Loading /> : null}
        {query.isError ? (
          query.error instanceof ApiError && query.error.status === 404 ? (
            <Alert color="red" variant="light" role="alert" data-testid="certificate-not-found">
              {t('certificates.page.notFound')}
            </Alert>
          ) : (
            <LoadError error={query.error} />
          )
        ) : null}
        {document ? (
          <>
            <Badge size="lg" variant="outline" w="fit-content">
              {t(documentKindKey(document))}
            </Badge>
            <Verdict document={document} />
            <Facts document={document} />
            <Stack gap={4}>
              <Title order={2} size="h4">
                {t('certificates.page.signature')}
              </Title>
              <Text data-testid="signature-summary">
                {signatureOk
                  ? t('certificates.page.signatureOk')
                  : t('certificates.page.signatureFailed')}
              </Text>
            </Stack>
            <VerificationChecks result={document.verification} />
          </>
        ) : null}
        <Anchor component={Link} to="/verifier" w="fit-content">
          {t('certificates.verify.other')}
        </Anchor>
      </Stack>
    </VerificationFrame>
  );
}
