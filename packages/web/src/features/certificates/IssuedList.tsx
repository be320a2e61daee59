import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadError, Loading } from '../referential/LoadState.tsx';
import { type CertificateSummary, credentialUrl, issuedQuery, pdfUrl } from './certificatesApi.ts';
import { documentKindKey } from './certificateTexts.ts';
import { RevokeDialog } from './RevokeDialog.tsx';
import { useFormatDate } from './useFormatDate.ts';

const STATUS_TEXT_COLOURS = { valid: 'green.9', suspended: 'orange.9', revoked: 'red.8' };

function Row({ document, onRevoke }: { document: CertificateSummary; onRevoke: () => void }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const revoked = document.revokedAt !== null;
  const suspended = !revoked && document.suspendedAt !== null;
  const status = revoked ? 'revoked' : suspended ? 'suspended' : 'valid';
  return (
    <Table.Tr data-testid={`document-${document.number}`}>
      <Table.Th scope="row">
        <Anchor
          renderRoot={(props) => (
            <Link to="/verifier/$number" params={{ number: document.number }} {...props} />
          )}
          data-testid="document-verify-link"
        >
          {document.number}
        </Anchor>
      </Table.Th>
      <Table.Td>{document.holderName}</Table.Td>
      <Table.Td>
        {t(documentKindKey(document))}
        <Text size="sm" c="dimmed">
          {document.certificationTitle}
        </Text>
      </Table.Td>
      <Table.Td>{formatDate(document.decisionDate)}</Table.Td>
      <Table.Td>
        <Text fw={600} c={STATUS_TEXT_COLOURS[status]} data-testid="document-status">
          {t(`certificates.status.${status}`)}
        </Text>
        {suspended ? (
          <Text size="sm">
            {t('certificates.list.suspendedOn', {
              date: formatDate(document.suspendedAt ?? ''),
              reason: document.suspensionReason ?? '',
            })}
          </Text>
        ) : null}
        {revoked ? (
          <Text size="sm">
            {t('certificates.list.revokedOn', {
              date: formatDate(document.revokedAt ?? ''),
              reason: document.revocationReason ?? '',
            })}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td>
        <Group gap="xs">
          <Anchor href={pdfUrl(document.id)} size="sm" data-testid="document-pdf">
            {t('certificates.list.pdf')}
          </Anchor>
          <Anchor href={credentialUrl(document.id)} size="sm">
            {t('certificates.list.json')}
          </Anchor>
          {revoked ? null : (
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
      </Table.Td>
    </Table.Tr>
  );
}

/** Every document the certifier issued, newest first, to open, download or revoke. */
export function IssuedList() {
  const { t } = useTranslation();
  const documents = useQuery(issuedQuery);
  const [revoking, setRevoking] = useState<CertificateSummary | null>(null);
  return (
    <Stack gap="sm" data-testid="issued-list">
      <Title order={2}>{t('certificates.list.title')}</Title>
      {documents.isPending ? <Loading /> : null}
      {documents.isError ? <LoadError error={documents.error} /> : null}
      {documents.isSuccess && documents.data.length === 0 ? (
        <Text>{t('certificates.list.empty')}</Text>
      ) : null}
      {documents.data && documents.data.length > 0 ? (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="sm" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('certificates.list.number')}</Table.Th>
                <Table.Th scope="col">{t('certificates.list.holder')}</Table.Th>
                <Table.Th scope="col">{t('certificates.list.kind')}</Table.Th>
                <Table.Th scope="col">{t('certificates.list.decision')}</Table.Th>
                <Table.Th scope="col">{t('certificates.list.status')}</Table.Th>
                <Table.Th scope="col">{t('certificates.list.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {documents.data.map((document) => (
                <Row key={document.id} document={document} onRevoke={() => setRevoking(document)} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {revoking ? <RevokeDialog document={revoking} onClose={() => setRevoking(null)} /> : null}
    </Stack>
  );
}
