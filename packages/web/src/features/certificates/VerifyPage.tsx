import { Button, FileInput, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { useErrorMessage } from '../../ui/useErrorMessage.ts';
import { BirthDateCheck } from './BirthDateCheck.tsx';
import { type UploadVerification, verifyFile } from './certificatesApi.ts';
import { VerdictAlert } from './VerdictAlert.tsx';
import { VerificationChecks } from './VerificationChecks.tsx';
import { VerificationFrame } from './VerificationFrame.tsx';

const MAX_BYTES = 256 * 1024;

function NumberForm() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [number, setNumber] = useState('');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const typed = number.trim().toUpperCase();
    if (typed) void navigate({ to: '/verifier/$number', params: { number: typed } });
  };
  return (
    <Paper withBorder p="lg">
      <form onSubmit={submit} data-testid="verify-number-form">
        <Stack gap="sm">
          <Title order={2} size="h3">
            {t('certificates.verify.byNumber')}
          </Title>
          <TextInput
            label={t('certificates.verify.number')}
            description={t('certificates.verify.numberHint')}
            value={number}
            onChange={(event) => setNumber(event.currentTarget.value)}
            required
            withAsterisk={false}
            autoComplete="off"
            spellCheck={false}
            data-testid="verify-number"
          />
          <Group>
            <Button type="submit" data-testid="verify-number-submit">
              {t('certificates.verify.check')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function UploadResult({ result, credential }: { result: UploadVerification; credential: string }) {
  const { t } = useTranslation();
  const { summary, verification } = result;
  return (
    <Stack gap="sm" data-testid="upload-result" data-valid={verification.valid}>
      <VerdictAlert verification={verification}>
        {summary.achievement ? (
          <Text>
            {t('certificates.verify.achievement')} : {summary.achievement}
          </Text>
        ) : null}
        {summary.holder ? (
          <Text>
            {t('certificates.verify.holder')} : {summary.holder}
          </Text>
        ) : null}
        {summary.issuer ? (
          <Text>
            {t('certificates.verify.issuer')} : {summary.issuer}
          </Text>
        ) : null}
      </VerdictAlert>
      <BirthDateCheck credential={credential} />
      <VerificationChecks result={verification} />
    </Stack>
  );
}

function FileForm() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [file, setFile] = useState<File | null>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const verify = useMutation({
    mutationFn: async (chosen: File) => {
      const text = await chosen.text();
      return { text, result: await verifyFile(text) };
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!file) return;
    // A credential is a few kilobytes: a large file is refused before it is even read.
    setTooLarge(file.size > MAX_BYTES);
    if (file.size > MAX_BYTES) verify.reset();
    else verify.mutate(file);
  };
  return (
    <Paper withBorder p="lg">
      <form onSubmit={submit} data-testid="verify-file-form">
        <Stack gap="sm">
          <Title order={2} size="h3">
            {t('certificates.verify.byFile')}
          </Title>
          <FileInput
            label={t('certificates.verify.file')}
            description={t('certificates.verify.fileHint')}
            accept="application/json,application/ld+json,.json,.jsonld"
            value={file}
            onChange={setFile}
            clearable
            data-testid="verify-file"
          />
          <Group>
            <Button
              type="submit"
              disabled={!file}
              loading={verify.isPending}
              data-testid="verify-file-submit"
            >
              {t('certificates.verify.checkFile')}
            </Button>
          </Group>
          <LiveMessage
            message={
              tooLarge
                ? t('certificates.verify.tooLarge')
                : verify.isError
                  ? errorMessage(verify.error)
                  : null
            }
            testId="verify-file-error"
          />
          {verify.data ? (
            <UploadResult result={verify.data.result} credential={verify.data.text} />
          ) : null}
        </Stack>
      </form>
    </Paper>
  );
}

/** /verifier: a document by its number, or any Open Badges 3.0 credential by its file. */
export function VerifyPage() {
  const { t } = useTranslation();
  return (
    <VerificationFrame title={t('certificates.verify.title')}>
      <Stack gap={4} data-testid="verify-page">
        <Title order={1}>{t('certificates.verify.title')}</Title>
        <Text>{t('certificates.verify.intro')}</Text>
      </Stack>
      <NumberForm />
      <FileForm />
    </VerificationFrame>
  );
}
