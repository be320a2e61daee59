import { checkNewInstrument } from '@certeval/core/instruments/instrumentForms';
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
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { useFormProblems } from '../../ui/useFormProblems.ts';
import type { Membership } from '../auth/me.ts';
import type { CertificationSummary } from '../referential/referentialApi.ts';
import { certificationName } from '../referential/useCertificationTitle.ts';
import { createInstrument } from './instrumentsApi.ts';
import { newInstrument, slugOf } from './newInstrument.ts';
import { useOpenDraft } from './useOpenDraft.ts';

const FIELDS = ['kind', 'title', 'key', 'certification', 'version'] as const;

type Props = { space: Membership; certifications: UseQueryResult<CertificationSummary[]> };

/** "Nouvel instrument": kind, title, identifier and the referential version it is built on. */
export function NewInstrumentForm({ space, certifications }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const [kind, setKind] = useState<InstrumentKind>('observation_grid');
  const [title, setTitle] = useState('');
  const [key, setKey] = useState<string | null>(null);
  const [slug, setSlug] = useState('');
  const [version, setVersion] = useState('');
  const openDraft = useOpenDraft(space);
  const create = useMutation({
    mutationFn: createInstrument,
    onSuccess: (draft) => openDraft(draft),
  });
  const form = useFormProblems({
    fields: FIELDS,
    label: (field) => t(`instruments.create.${field === 'title' ? 'titleField' : field}`),
    name: 'new-instrument',
    error: create.error,
  });
  const shownKey = key ?? slugOf(title);
  const versions = certifications.data?.find((c) => c.slug === slug)?.versions ?? [];
  const chosenVersion = version || versions[0]?.key || '';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = { kind, title, key: shownKey, certification: slug, version: chosenVersion };
    if (!form.accept(checkNewInstrument(chosen, 'body'))) return;
    create.mutate(
      newInstrument({
        ...chosen,
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
          <ErrorSummary {...form.summary} testId="new-instrument-error" />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <NativeSelect
              {...form.field('kind')}
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
              {...form.field('title')}
              label={t('instruments.create.titleField')}
              required
              value={title}
              onChange={(event) => setTitle(event.currentTarget.value)}
              data-testid="new-instrument-title"
            />
            <TextInput
              {...form.field('key')}
              label={t('instruments.create.key')}
              description={t('instruments.create.keyHelp')}
              required
              value={shownKey}
              onChange={(event) => setKey(event.currentTarget.value)}
              data-testid="new-instrument-key"
            />
            <NativeSelect
              {...form.field('certification')}
              label={t('instruments.create.certification')}
              required
              value={slug}
              onChange={(event) => {
                setSlug(event.currentTarget.value);
                setVersion('');
              }}
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
              {...form.field('version')}
              label={t('instruments.create.version')}
              required
              value={chosenVersion}
              onChange={(event) => setVersion(event.currentTarget.value)}
              data={
                // Chosen after the certification: empty until then, still reachable from the summary.
                versions.length === 0
                  ? [{ value: '', label: t('instruments.create.choose') }]
                  : versions.map((v) => ({
                      value: v.key,
                      label: `${t('instruments.versionLabel', { version: v.key })} · ${t(`referential.statuses.${v.status}`)}`,
                    }))
              }
              data-testid="new-instrument-version"
            />
          </SimpleGrid>
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
