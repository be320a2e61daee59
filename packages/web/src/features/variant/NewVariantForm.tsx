import { checkNewVariant } from '@certeval/core/referential/variantForm';
import { Button, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { type UseQueryResult, useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { useFormProblems } from '../../ui/useFormProblems.ts';
import type { Membership } from '../auth/me.ts';
import { spaceParams } from '../home/spaces.ts';
import type { CertificationSummary } from '../referential/referentialApi.ts';
import { certificationName } from '../referential/useCertificationTitle.ts';
import { createVariant, variantsQuery } from './variantApi.ts';

const FIELDS = ['name', 'certification', 'version'] as const;

type Props = { space: Membership; certifications: UseQueryResult<CertificationSummary[]> };

/** Only published versions can be adapted (the server refuses drafts). */
function publishedVersions(certification: CertificationSummary | undefined): string[] {
  return (certification?.versions ?? [])
    .filter((version) => version.status === 'published')
    .map((version) => version.key);
}

/** "Nouvelle adaptation": a name and the published national version to start from. */
export function NewVariantForm({ space, certifications }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const adaptable = (certifications.data ?? []).filter((c) => publishedVersions(c).length > 0);
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [version, setVersion] = useState('');
  const versions = publishedVersions(adaptable.find((c) => c.slug === slug));
  const create = useMutation({
    mutationFn: createVariant,
    onSuccess: async ({ id }) => {
      await queryClient.invalidateQueries({ queryKey: variantsQuery.queryKey });
      await navigate({
        to: '/espace/$organisationId/$role/adapted-referential/$variantId',
        params: { ...spaceParams(space), variantId: id },
      });
    },
  });
  const form = useFormProblems({
    fields: FIELDS,
    label: (field) => t(`variant.create.${field}`),
    name: 'new-variant',
    error: create.error,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = {
      organisationId: space.organisationId,
      certification: slug,
      version: version || versions[0] || '',
      name: name.trim(),
    };
    if (form.accept(checkNewVariant(input, 'body'))) create.mutate(input);
  };
  return (
    <Paper withBorder p="md" maw={640} data-testid="new-variant">
      <form onSubmit={submit} noValidate aria-labelledby={headingId}>
        <Stack gap="sm">
          <Title order={2} size="h3" id={headingId}>
            {t('variant.create.title')}
          </Title>
          <Text size="sm">{t('variant.create.intro')}</Text>
          <ErrorSummary {...form.summary} testId="new-variant-error" />
          {certifications.isSuccess && adaptable.length === 0 ? (
            <Text c="dimmed">{t('variant.create.noPublished')}</Text>
          ) : null}
          <TextInput
            {...form.field('name')}
            label={t('variant.create.name')}
            required
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            data-testid="new-variant-name"
          />
          <NativeSelect
            {...form.field('certification')}
            label={t('variant.create.certification')}
            required
            value={slug}
            onChange={(event) => {
              setSlug(event.currentTarget.value);
              setVersion('');
            }}
            data={[
              { value: '', label: t('variant.create.choose'), disabled: true },
              ...adaptable.map((c) => ({ value: c.slug, label: certificationName(c, t) })),
            ]}
            data-testid="new-variant-certification"
          />
          <NativeSelect
            {...form.field('version')}
            label={t('variant.create.version')}
            required
            value={version || versions[0] || ''}
            onChange={(event) => setVersion(event.currentTarget.value)}
            data={
              // Chosen after the certification: empty until then, still reachable from the summary.
              versions.length === 0
                ? [{ value: '', label: t('variant.create.choose') }]
                : versions.map((key) => ({
                    value: key,
                    label: t('variant.versionLabel', { version: key }),
                  }))
            }
            data-testid="new-variant-version"
          />
          <Button
            type="submit"
            w="fit-content"
            loading={create.isPending}
            data-testid="new-variant-submit"
          >
            {t('variant.create.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
