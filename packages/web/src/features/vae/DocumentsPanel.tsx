import {
  checkDocument,
  DOCUMENT_HEAD_BYTES,
  VAE_DOCUMENT_ACCEPT,
  VAE_DOCUMENT_MAX_BYTES,
} from '@certeval/core/candidates/vaeBooklet';
import {
  Anchor,
  Button,
  FileInput,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n/i18n.ts';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { useErrorMessage } from '../../ui/useErrorMessage.ts';
import {
  attachVaeDocument,
  removeVaeDocument,
  type VaeBooklet,
  type VaeDocument,
  vaeBookletQuery,
  vaeDocumentUrl,
} from './vaeApi.ts';

type Props = { view: VaeBooklet; editable: boolean };

class Refused extends Error {}

/** core's rule, before sending: the file's name, size and first bytes. */
async function refusal(file: File): Promise<string | null> {
  const head = new Uint8Array(await file.slice(0, DOCUMENT_HEAD_BYTES).arrayBuffer());
  const check = checkDocument({ fileName: file.name, size: file.size, head });
  return check.ok ? null : check.message[currentLocale()];
}

function AttachForm({ view }: { view: VaeBooklet }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [section, setSection] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const attach = useMutation({
    mutationFn: async (chosen: File) => {
      const refused = await refusal(chosen);
      if (refused) throw new Refused(refused);
      return attachVaeDocument(view.candidateId, chosen, section || null);
    },
    onSuccess: async (document) => {
      setFile(null);
      setDone(t('vae.documents.attached', { name: document.fileName }));
      await queryClient.invalidateQueries({ queryKey: vaeBookletQuery(view.candidateId).queryKey });
    },
  });
  const error =
    attach.error instanceof Refused
      ? attach.error.message
      : attach.error
        ? errorMessage(attach.error)
        : null;
  return (
    <Stack gap="xs">
      <Group align="flex-end" gap="sm">
        <FileInput
          label={t('vae.documents.file')}
          accept={VAE_DOCUMENT_ACCEPT}
          value={file}
          onChange={(chosen) => {
            setFile(chosen);
            setDone(null);
            attach.reset();
          }}
          clearable
          miw={260}
          data-testid="vae-document-file"
        />
        <NativeSelect
          label={t('vae.documents.section')}
          value={section}
          onChange={(e) => setSection(e.currentTarget.value)}
          data={[
            { value: '', label: t('vae.documents.anySection') },
            ...view.booklet.sections.map((s) => ({
              value: s.id,
              label: s.title ? `${s.id} — ${s.title}` : s.id,
            })),
          ]}
          maw={360}
          data-testid="vae-document-section"
        />
        <Button
          onClick={() => file && attach.mutate(file)}
          disabled={!file}
          loading={attach.isPending}
          data-testid="vae-document-attach"
        >
          {t('vae.documents.attach')}
        </Button>
      </Group>
      <LiveMessage message={error} testId="vae-document-error" />
      <LiveMessage message={done} tone="success" testId="vae-document-done" />
    </Stack>
  );
}

function DocumentRow({ view, document, editable }: Props & { document: VaeDocument }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const errorMessage = useErrorMessage();
  const remove = useMutation({
    mutationFn: () => removeVaeDocument(view.candidateId, document.id),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: vaeBookletQuery(view.candidateId).queryKey }),
  });
  return (
    <Table.Tr data-testid="vae-document">
      <Table.Td>
        <Anchor
          href={vaeDocumentUrl(view.candidateId, document.id)}
          download={document.fileName}
          aria-label={t('vae.documents.download', { name: document.fileName })}
          data-testid="vae-document-download"
        >
          {document.fileName}
        </Anchor>
      </Table.Td>
      <Table.Td>{document.sectionId ?? t('vae.documents.anySection')}</Table.Td>
      <Table.Td>
        {t('vae.documents.size', { size: Math.max(1, Math.round(document.size / 1024)) })}
      </Table.Td>
      {editable ? (
        <Table.Td>
          <Button
            variant="subtle"
            color="red.9"
            size="compact-sm"
            onClick={() => remove.mutate()}
            loading={remove.isPending}
            aria-label={t('vae.documents.removeNamed', { name: document.fileName })}
            data-testid="vae-document-remove"
          >
            {t('vae.documents.remove')}
          </Button>
          {remove.error ? <Text c="red.9">{errorMessage(remove.error)}</Text> : null}
        </Table.Td>
      ) : null}
    </Table.Tr>
  );
}

/** The booklet's technical documents: listed to download; attached and removed while a draft. */
export function DocumentsPanel({ view, editable }: Props) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="vae-documents-title">
      <Stack gap="sm" data-testid="vae-documents">
        <Title order={2} size="h3" id="vae-documents-title">
          {t('vae.documents.title')}
        </Title>
        {editable ? (
          <Text size="sm">
            {t('vae.documents.intro', { size: VAE_DOCUMENT_MAX_BYTES / (1024 * 1024) })}
          </Text>
        ) : null}
        {view.documents.length === 0 ? (
          <Text c="dimmed" data-testid="vae-documents-none">
            {t('vae.documents.none')}
          </Text>
        ) : (
          <Table>
            <Table.Caption>{t('vae.documents.listCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('vae.documents.name')}</Table.Th>
                <Table.Th scope="col">{t('vae.documents.where')}</Table.Th>
                <Table.Th scope="col">{t('vae.documents.weight')}</Table.Th>
                {editable ? <Table.Th scope="col">{t('vae.documents.actions')}</Table.Th> : null}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {view.documents.map((document) => (
                <DocumentRow
                  key={document.id}
                  view={view}
                  document={document}
                  editable={editable}
                />
              ))}
            </Table.Tbody>
          </Table>
        )}
        {editable ? <AttachForm view={view} /> : null}
      </Stack>
    </Paper>
  );
}
