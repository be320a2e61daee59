import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Code,
  Group,
  List,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import IconDownload from '@tabler/icons-react/icons/IconDownload';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { LoadError, Loading } from '../referential/LoadState.tsx';
import {
  type CertificateSummary,
  credentialUrl,
  myCertificatesQuery,
  pdfUrl,
} from './certificatesApi.ts';
import { documentKindKey } from './certificateTexts.ts';
import { useFormatDate } from './useFormatDate.ts';

function ShareLink({ url }: { url: string }) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied('yes');
    } catch {
      setCopied('no');
    }
  };
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Button size="compact-sm" variant="light" onClick={copy} data-testid="copy-share-link">
          {t('certificates.mine.copyLink')}
        </Button>
      </Group>
      <Text size="sm">{t('certificates.mine.shareLink')}</Text>
      <Code data-testid="share-link" style={{ wordBreak: 'break-all' }}>
        {url}
      </Code>
      <LiveMessage
        tone={copied === 'no' ? 'error' : 'success'}
        message={
          copied === 'yes'
            ? t('certificates.mine.copied')
            : copied === 'no'
              ? t('certificates.mine.copyFailed')
              : null
        }
        testId="copy-message"
      />
    </Stack>
  );
}

function DocumentCard({ document }: { document: CertificateSummary }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const acquired = document.units.filter((unit) => unit.acquired);
  return (
    <Card withBorder padding="lg" data-testid={`my-document-${document.number}`}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h3">
            {document.certificationTitle}
          </Title>
          <Badge variant="outline">{t(documentKindKey(document))}</Badge>
        </Group>
        <Text>
          N° {document.number} —{' '}
          {t('certificates.mine.issuedOn', {
            date: formatDate(document.issuedAt),
            decision: formatDate(document.decisionDate),
          })}
        </Text>
        {document.revokedAt ? (
          <Alert color="red" variant="light">
            {t('certificates.mine.revoked', {
              date: formatDate(document.revokedAt),
              reason: document.revocationReason ?? '',
            })}
          </Alert>
        ) : document.suspendedAt ? (
          <Alert color="orange" variant="light">
            {t('certificates.mine.suspended', {
              date: formatDate(document.suspendedAt),
              reason: document.suspensionReason ?? '',
            })}
          </Alert>
        ) : null}
        {document.kind === 'attestation' ? (
          <Stack gap={2}>
            <Text fw={600}>{t('certificates.mine.units')}</Text>
            <List size="sm">
              {acquired.map((unit) => (
                <List.Item key={unit.code}>
                  {unit.code} — {unit.label} (
                  {unit.validUntil
                    ? t('certificates.mine.validUntil', { date: formatDate(unit.validUntil) })
                    : t('certificates.mine.unlimited')}
                  )
                </List.Item>
              ))}
            </List>
          </Stack>
        ) : null}
        <Group gap="md">
          <Button
            leftSection={<IconDownload size={16} aria-hidden />}
            component="a"
            href={pdfUrl(document.id)}
            data-testid="download-pdf"
          >
            {t('certificates.mine.downloadPdf')}
          </Button>
          <Button
            leftSection={<IconDownload size={16} aria-hidden />}
            component="a"
            variant="default"
            href={credentialUrl(document.id)}
            data-testid="download-json"
          >
            {t('certificates.mine.downloadJson')}
          </Button>
        </Group>
        <ShareLink url={document.verificationUrl} />
      </Stack>
    </Card>
  );
}

/** The holder's page: their documents to download and share. */
export function MyCertificatesPage() {
  const { t } = useTranslation();
  const documents = useQuery(myCertificatesQuery);
  useDocumentTitle(`${t('certificates.mine.title')} · ${t('app.name')}`);
  return (
    <Stack gap="lg" data-testid="my-certificates">
      <Stack gap={4}>
        <Title order={1}>{t('certificates.mine.title')}</Title>
        <Text>{t('certificates.mine.intro')}</Text>
      </Stack>
      {documents.isPending ? <Loading /> : null}
      {documents.isError ? <LoadError error={documents.error} /> : null}
      {documents.isSuccess && documents.data.length === 0 ? (
        <Text data-testid="my-certificates-empty">{t('certificates.mine.empty')}</Text>
      ) : null}
      {documents.data?.map((document) => (
        <DocumentCard key={document.id} document={document} />
      ))}
      <Anchor href="/verifier" w="fit-content">
        {t('certificates.verify.title')}
      </Anchor>
    </Stack>
  );
}
