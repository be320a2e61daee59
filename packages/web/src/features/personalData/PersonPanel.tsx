// One person as the certifier's personal-data screen shows them (issue 19 item 5): who they are
// and their candidacy files, what the product holds and its rules, the export to download, and
// the erasure to preview and confirm.
import { Alert, Badge, Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../ui/useErrorMessage.ts';
import { CandidateStateBadge } from '../candidates/CandidateBadges.tsx';
import { useFormatDate } from '../certificates/useFormatDate.ts';
import { LoadError, Loading } from '../referential/LoadState.tsx';
import { ErasureDialog } from './ErasureDialog.tsx';
import { Holdings } from './Holdings.tsx';
import {
  downloadExport,
  type Erasure,
  erasurePreviewQuery,
  type PersonRef,
  type PersonSummary,
  personQuery,
} from './personalDataApi.ts';

function Files({ files }: { files: PersonSummary['files'] }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  if (files.length === 0) return <Text>{t('personalData.person.noFiles')}</Text>;
  return (
    <List spacing="xs" data-testid="person-files">
      {files.map((file) => (
        <List.Item key={`${file.project}-${file.createdAt}`}>
          <Group gap="xs">
            <Text>
              {file.name} — {file.organisation}, {file.project} (
              {t('personalData.person.enrolled', { date: formatDate(file.createdAt) })})
            </Text>
            <CandidateStateBadge state={file.status} />
            {file.underSignedDecision ? (
              <Badge color="orange.9" data-testid="under-decision">
                {t('personalData.person.underDecision')}
              </Badge>
            ) : null}
          </Group>
        </List.Item>
      ))}
    </List>
  );
}

type Props = { personRef: PersonRef; onErased: (name: string, answer: Erasure) => void };

export function PersonPanel({ personRef, onErased }: Props) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const person = useQuery(personQuery(personRef));
  const preview = useQuery({ ...erasurePreviewQuery(personRef), enabled: person.isSuccess });
  const exported = useMutation({ mutationFn: () => downloadExport(personRef) });
  const [erasing, setErasing] = useState(false);
  if (person.isPending) return <Loading />;
  if (person.isError) return <LoadError error={person.error} testId="person-error" />;
  const summary = person.data;
  const name = summary.name ?? summary.email ?? t('personalData.person.unnamed');
  return (
    <Stack gap="md" data-testid="person-panel">
      <Title order={2}>{t('personalData.person.title', { name })}</Title>
      <Text>
        {summary.email ? `${summary.email} — ` : ''}
        {t(summary.hasAccount ? 'personalData.person.account' : 'personalData.person.noAccount')}
      </Text>
      <Title order={3} size="h4">
        {t('personalData.person.files')}
      </Title>
      <Files files={summary.files} />
      <Title order={3} size="h4">
        {t('personalData.person.holdings')}
      </Title>
      {preview.isPending ? <Loading /> : null}
      {preview.isError ? <LoadError error={preview.error} /> : null}
      {preview.data ? <Holdings preview={preview.data} /> : null}
      <Group>
        <Button
          variant="light"
          loading={exported.isPending}
          onClick={() => exported.mutate()}
          data-testid="person-export"
        >
          {t('personalData.person.export')}
        </Button>
        <Button
          color="red"
          variant="outline"
          disabled={!preview.data}
          onClick={() => setErasing(true)}
          data-testid="person-erase"
        >
          {t('personalData.person.erase')}
        </Button>
      </Group>
      {exported.isSuccess ? (
        <Alert color="green" role="status" data-testid="person-exported">
          {t('personalData.person.exported', { file: exported.data })}
        </Alert>
      ) : null}
      {exported.isError ? (
        <Alert color="red" role="alert">
          {errorMessage(exported.error)}
        </Alert>
      ) : null}
      {erasing && preview.data ? (
        <ErasureDialog
          name={name}
          personRef={personRef}
          preview={preview.data}
          onClose={() => setErasing(false)}
          onErased={(answer) => onErased(name, answer)}
        />
      ) : null}
    </Stack>
  );
}
