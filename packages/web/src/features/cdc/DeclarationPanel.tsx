import { yearToDate } from '@certeval/core/cdc/index';
import { Button, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import IconDownload from '@tabler/icons-react/icons/IconDownload';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveFile } from '../../app/apiClient.ts';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { useErrorMessage } from '../../ui/useErrorMessage.ts';
import type { Membership } from '../auth/me.ts';
import { issuedQuery } from '../certificates/certificatesApi.ts';
import { CdcSettingsForm } from './CdcSettingsForm.tsx';
import { declarationPreview, exportDeclaration } from './cdcApi.ts';
import { DeclarationPreviewView } from './DeclarationPreviewView.tsx';

/**
 * The certifier's declaration of holders to the Caisse des Dépôts: its identifiers, a period
 * (and a certification), what the file would hold, then the file.
 */
export function DeclarationPanel({ membership }: { membership: Membership }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const organisationId = membership.organisationId;
  const [first] = useState(() => yearToDate(new Date()));
  const [from, setFrom] = useState(first.from);
  const [to, setTo] = useState(first.to);
  const [certification, setCertification] = useState('');
  const issued = useQuery(issuedQuery);
  const certifications = [
    ...new Map((issued.data ?? []).map((d) => [d.certification, d.certificationTitle])),
  ];
  const period = { organisationId, from, to, ...(certification ? { certification } : {}) };
  const preview = useMutation({ mutationFn: () => declarationPreview(period) });
  const download = useMutation({
    mutationFn: () => exportDeclaration(period),
    onSuccess: (file) => {
      saveFile(file);
      preview.mutate();
    },
  });
  const declared = preview.data ? preview.data.toDeclare + preview.data.corrections.length : 0;
  return (
    <Stack gap="sm" data-testid="cdc-panel">
      <Title order={2}>{t('cdc.title')}</Title>
      <Text size="sm">{t('cdc.intro')}</Text>
      <CdcSettingsForm organisationId={organisationId} />
      <Group align="flex-end">
        <TextInput
          type="date"
          label={t('cdc.period.from')}
          value={from}
          onChange={(e) => setFrom(e.currentTarget.value)}
          data-testid="cdc-from"
        />
        <TextInput
          type="date"
          label={t('cdc.period.to')}
          value={to}
          onChange={(e) => setTo(e.currentTarget.value)}
          data-testid="cdc-to"
        />
        <NativeSelect
          label={t('cdc.period.certification')}
          value={certification}
          onChange={(e) => setCertification(e.currentTarget.value)}
          data={[
            { value: '', label: t('cdc.period.all') },
            ...certifications.map(([value, label]) => ({ value, label })),
          ]}
          data-testid="cdc-certification"
        />
        <Button
          variant="outline"
          onClick={() => preview.mutate()}
          loading={preview.isPending}
          data-testid="cdc-check"
        >
          {t('cdc.period.check')}
        </Button>
      </Group>
      <LiveMessage message={preview.isError ? errorMessage(preview.error) : null} />
      {preview.data ? (
        <DeclarationPreviewView preview={preview.data} membership={membership} />
      ) : null}
      {preview.data && declared > 0 && preview.data.missing.length === 0 ? (
        <Button
          leftSection={<IconDownload size={16} aria-hidden />}
          w="fit-content"
          onClick={() => download.mutate()}
          loading={download.isPending}
          data-testid="cdc-download"
        >
          {t('cdc.period.download')}
        </Button>
      ) : null}
      <LiveMessage
        tone={download.isError ? 'error' : 'success'}
        testId="cdc-download-message"
        message={
          download.isError
            ? errorMessage(download.error)
            : download.isSuccess
              ? t('cdc.period.downloaded', { count: declared })
              : null
        }
      />
    </Stack>
  );
}
