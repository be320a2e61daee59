import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import IconDownload from '@tabler/icons-react/icons/IconDownload';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Column, ResponsiveTable } from '../../ui/ResponsiveTable.tsx';
import { StateBadge } from '../../ui/StateBadge.tsx';
import { LoadError, Loading } from '../referential/LoadState.tsx';
import { type CertificateSummary, credentialUrl, issuedQuery, pdfUrl } from './certificatesApi.ts';
import { documentKindKey } from './certificateTexts.ts';
import { RevokeDialog } from './RevokeDialog.tsx';
import { useFormatDate } from './useFormatDate.ts';

function statusOf(document: CertificateSummary) {
  if (document.revokedAt !== null) return 'revoked';
  return document.suspendedAt !== null ? 'suspended' : 'valid';
}

function Status({ document }: { document: CertificateSummary }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const status = statusOf(document);
  return (
    <Stack gap={4} align="flex-start">
      <StateBadge kind="certificate" state={status} data-testid="document-status">
        {t(`certificates.status.${status}`)}
      </StateBadge>
      {status === 'suspended' ? (
        <Text size="sm">
          {t('certificates.list.suspendedOn', {
            date: formatDate(document.suspendedAt ?? ''),
            reason: document.suspensionReason ?? '',
          })}
        </Text>
      ) : null}
      {status === 'revoked' ? (
        <Text size="sm">
          {t('certificates.list.revokedOn', {
            date: formatDate(document.revokedAt ?? ''),
            reason: document.revocationReason ?? '',
          })}
        </Text>
      ) : null}
    </Stack>
  );
}

function Actions({ document, onRevoke }: { document: CertificateSummary; onRevoke: () => void }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs">
      <Anchor href={pdfUrl(document.id)} size="sm" data-testid="document-pdf">
        <Group gap={4} wrap="nowrap" component="span">
          <IconDownload size={16} aria-hidden />
          {t('certificates.list.pdf')}
        </Group>
      </Anchor>
      <Anchor href={credentialUrl(document.id)} size="sm">
        {t('certificates.list.json')}
      </Anchor>
      {document.revokedAt !== null ? null : (
        <Button
          size="compact-sm"
          color="red"
          variant="outline"
          onClick={onRevoke}
          data-testid="document-revoke"
        >
          {t('certificates.list.revoke')}
        </Button>
      )}
    </Group>
  );
}

function useColumns(
  onRevoke: (document: CertificateSummary) => void,
): Column<CertificateSummary>[] {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  return [
    {
      key: 'number',
      header: t('certificates.list.number'),
      cell: (document) => (
        <Anchor
          renderRoot={(props) => (
            <Link to="/verifier/$number" params={{ number: document.number }} {...props} />
          )}
          data-testid="document-verify-link"
        >
          {document.number}
        </Anchor>
      ),
    },
    { key: 'holder', header: t('certificates.list.holder'), cell: (d) => d.holderName },
    {
      key: 'kind',
      header: t('certificates.list.kind'),
      cell: (d) => (
        <>
          {t(documentKindKey(d))}
          <Text size="sm" c="dimmed">
            {d.certificationTitle}
          </Text>
        </>
      ),
    },
    {
      key: 'decision',
      header: t('certificates.list.decision'),
      cell: (d) => formatDate(d.decisionDate),
    },
    { key: 'status', header: t('certificates.list.status'), cell: (d) => <Status document={d} /> },
    {
      key: 'actions',
      header: t('certificates.list.actions'),
      cell: (d) => <Actions document={d} onRevoke={() => onRevoke(d)} />,
    },
  ];
}

/** Every document the certifier issued, newest first, to open, download or revoke. */
export function IssuedList() {
  const { t } = useTranslation();
  const documents = useQuery(issuedQuery);
  const [revoking, setRevoking] = useState<CertificateSummary | null>(null);
  const columns = useColumns(setRevoking);
  return (
    <Stack gap="sm" data-testid="issued-list">
      <Title order={2}>{t('certificates.list.title')}</Title>
      {documents.isPending ? <Loading /> : null}
      {documents.isError ? <LoadError error={documents.error} /> : null}
      {documents.isSuccess && documents.data.length === 0 ? (
        <Text>{t('certificates.list.empty')}</Text>
      ) : null}
      {documents.data && documents.data.length > 0 ? (
        <ResponsiveTable
          columns={columns}
          rows={documents.data}
          rowKey={(d) => d.id}
          rowTestId={(d) => `document-${d.number}`}
          minWidth={760}
        />
      ) : null}
      {revoking ? <RevokeDialog document={revoking} onClose={() => setRevoking(null)} /> : null}
    </Stack>
  );
}
