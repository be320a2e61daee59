import { INSTRUMENT_KINDS, type InstrumentKind } from '@certeval/core/instruments/schema';
import {
  Button,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type UseQueryResult, useMutation } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/apiClient.ts';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { useErrorMessage } from '../../ui/useErrorMessage.ts';
import type { Membership } from '../auth/me.ts';
import type { CertificationSummary } from '../referential/referentialApi.ts';
import { certificationName } from '../referential/useCertificationTitle.ts';
import { createInstrument } from './instrumentsApi.ts';
import { KEY_PATTERN, newInstrument, slugOf } from './newInstrument.ts';
import { useOpenDraft } from './useOpenDraft.ts';

type Props = { space: Membership; certifications: UseQueryResult<CertificationSummary[]> };

/** "Nouvel instrument": kind, title, identifier and the referential version it is built on. */
export function NewInstrumentForm({ space, certifications }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const errorMessage = useErrorMessage();
  const [kind, setKind] = useState<InstrumentKind>('observation_grid');
  const [title, setTitle] = useState('');
  const [key, setKey] = useState<string | null>(null);
  const [slug, setSlug] = useState('');
  const [version, setVersion] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const openDraft = useOpenDraft(space);
  const create = useMutation({
    mutationFn: createInstrument,
    onSuccess: (draft) => openDraft(draft),
  });
  const shownKey = key ?? slugOf(title);
  const versions = certifications.data?.find((c) => c.slug === slug)?.versions ?? [];
  const chosenVersion = version || versions[0]?.key || '';
  const required = (empty: boolean) =>
    submitted && empty ? t('instruments.create.required') : null;
  const keyError =
    shownKey !== '' && !KEY_PATTERN.test(shownKey) ? t('instruments.create.keyInvalid') : null;
  const serverKeyError =
    create.error instanceof ApiError && create.error.status === 409
      ? errorMessage(create.error)
      : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (title.trim() === '' || shownKey === '' || keyError || slug === '' || chosenVersion === '')
      return;
    create.mutate(
      newInstrument({
        kind,
        title,
        key: shownKey,
        certification: slug,
        version: chosenVersion,
        scaleTitle: t('instruments.create.scaleTitle'),
        sectionTitle: t('instruments.create.sectionTitle'),
        source: t('instruments.create.source'),
      }),
    );
  };
  return (
    <Paper withBorder p="md" maw={760} data-testid="new-instrument">
      <form onSubmit={submit} noValidate aria-labelledby={headingId}>
        <Stack gap="sm">
          <Title order={2} size="h3" id={headingId}>
            {t('instruments.create.title')}
          </Title>
          <Text size="sm">{t('instruments.create.intro')}</Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect
              label={t('instruments.create.kind')}
              required
              value={kind}
              onChange={(event) => setKind(event.currentTarget.value as InstrumentKind)}
              data={INSTRUMENT_KINDS.map((value) => ({
                value,
                label: t(`instruments.kinds.${value}`),
              }))}
              data-testid="new-instrument-kind"
            />
            <TextInput
              label={t('instruments.create.titleField')}
              required
              maxLength={200}
              value={title}
              onChange={(event) => setTitle(event.currentTarget.value)}
              error={required(title.trim() === '')}
              data-testid="new-instrument-title"
            />
            <TextInput
              label={t('instruments.create.key')}
              description={t('instruments.create.keyHelp')}
              required
              value={shownKey}
              onChange={(event) => setKey(event.currentTarget.value)}
              error={serverKeyError ?? keyError ?? required(shownKey === '')}
              data-testid="new-instrument-key"
            />
            <NativeSelect
              label={t('instruments.create.certification')}
              required
              value={slug}
              onChange={(event) => {
                setSlug(event.currentTarget.value);
                setVersion('');
              }}
              error={required(slug === '')}
              data={[
                { value: '', label: t('instruments.create.choose'), disabled: true },
                ...(certifications.data ?? []).map((c) => ({
                  value: c.slug,
                  label: certificationName(c, t),
                })),
              ]}
              data-testid="new-instrument-certification"
            />
            <NativeSelect
              label={t('instruments.create.version')}
              required
              disabled={versions.length === 0}
              value={chosenVersion}
              onChange={(event) => setVersion(event.currentTarget.value)}
              data={versions.map((v) => ({
                value: v.key,
                label: `${t('instruments.versionLabel', { version: v.key })} · ${t(`referential.statuses.${v.status}`)}`,
              }))}
              data-testid="new-instrument-version"
            />
          </SimpleGrid>
          <LiveMessage
            message={create.error && !serverKeyError ? errorMessage(create.error) : null}
            testId="new-instrument-error"
          />
          <Button
            type="submit"
            w="fit-content"
            loading={create.isPending}
            data-testid="new-instrument-submit"
          >
            {t('instruments.create.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
