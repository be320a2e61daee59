import {
  ActionIcon,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { useFormProblems } from '../../ui/useFormProblems.ts';
import { instrumentChoicesQuery } from '../evaluations/evaluationsApi.ts';
import { instrumentRefId } from '../instruments/instrumentsApi.ts';
import { publishedCertifications, publishedVersions } from '../referential/publishedChoices.ts';
import { certificationsQuery } from '../referential/referentialApi.ts';
import { certificationName } from '../referential/useCertificationTitle.ts';
import { variantsQuery } from '../variant/variantApi.ts';
import {
  PROJECT_FIELDS,
  type ProjectValues,
  projectProblems,
  withoutEmptyLines,
} from './projectForm.ts';

type Props = {
  organisationId: string;
  initial: ProjectValues;
  submitLabel: string;
  saving: boolean;
  error: unknown;
  onSubmit: (values: ProjectValues) => void;
  onCancel?: () => void;
};

function SteeringCommittee({
  members,
  problemOf,
  fieldId,
  onChange,
}: {
  members: ProjectValues['steeringCommittee'];
  /** The problem of a line's name, if any. */
  problemOf: (k: number) => string | null;
  /** The id the error summary links to: the first line in error. */
  fieldId: string;
  onChange: (members: ProjectValues['steeringCommittee']) => void;
}) {
  const { t } = useTranslation();
  const first = members.findIndex((_, k) => problemOf(k) !== null);
  const set = (k: number, field: 'name' | 'role', value: string) =>
    onChange(members.map((m, i) => (i === k ? { ...m, [field]: value } : m)));
  return (
    <Fieldset legend={t('projects.fields.steeringCommittee')} data-testid="committee">
      <Stack gap="xs">
        {members.map((member, k) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines have no id; edits keep their place
          <Group key={k} align="flex-end" gap="xs" wrap="nowrap">
            <TextInput
              id={k === first ? fieldId : undefined}
              label={t('projects.committee.name', { number: k + 1 })}
              value={member.name}
              onChange={(e) => set(k, 'name', e.currentTarget.value)}
              error={problemOf(k)}
              flex={1}
            />
            <TextInput
              label={t('projects.committee.role', { number: k + 1 })}
              value={member.role}
              onChange={(e) => set(k, 'role', e.currentTarget.value)}
              flex={1}
            />
            <ActionIcon
              variant="default"
              size="lg"
              aria-label={t('projects.committee.remove', { number: k + 1 })}
              onClick={() => onChange(members.filter((_, i) => i !== k))}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        <Button
          variant="default"
          w="fit-content"
          onClick={() => onChange([...members, { name: '', role: '' }])}
        >
          {t('projects.committee.add')}
        </Button>
      </Stack>
    </Fieldset>
  );
}

/** A project's title, certification, adapted referential, opportunity, committee, instruments. */
export function ProjectForm(props: Props) {
  const { organisationId, initial, submitLabel, saving, error, onSubmit, onCancel } = props;
  const { t } = useTranslation();
  const [values, setValues] = useState(initial);
  const form = useFormProblems({
    fields: PROJECT_FIELDS,
    label: (field) => t(`projects.fields.${field === 'variantId' ? 'variant' : field}`),
    name: 'project',
    error,
  });
  const certifications = useQuery(certificationsQuery);
  const variants = useQuery(variantsQuery);
  const instruments = useQuery(instrumentChoicesQuery);
  const set = <K extends keyof ProjectValues>(key: K, value: ProjectValues[K]) =>
    setValues((current) => ({ ...current, [key]: value }));
  const published = publishedCertifications(certifications.data ?? []);
  const versions = publishedVersions(published, values.certification);
  const companyVariants = (variants.data ?? []).filter(
    (v) => v.organisationId === organisationId && v.certification === values.certification,
  );
  const usable = (instruments.data ?? []).filter(
    (i) =>
      i.certification === values.certification &&
      (i.organisationId ?? organisationId) === organisationId,
  );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const kept = withoutEmptyLines(values);
    setValues(kept);
    if (form.accept(projectProblems(kept))) onSubmit(kept);
  };
  return (
    <form onSubmit={submit} noValidate data-testid="project-form">
      <Stack gap="md" maw={760}>
        <ErrorSummary {...form.summary} testId="project-problems" />
        <TextInput
          {...form.field('title')}
          label={t('projects.fields.title')}
          required
          value={values.title}
          onChange={(e) => set('title', e.currentTarget.value)}
          data-testid="project-title"
        />
        <Group grow align="flex-start">
          <NativeSelect
            {...form.field('certification')}
            label={t('projects.fields.certification')}
            required
            value={values.certification}
            onChange={(e) => {
              const slug = e.currentTarget.value;
              const [first] = publishedVersions(published, slug);
              setValues((current) => ({
                ...current,
                certification: slug,
                referentialVersion: first ?? '',
                variantId: '',
                instruments: [],
              }));
            }}
            data-testid="project-certification"
            data={[
              { value: '', label: t('projects.form.choose'), disabled: true },
              ...published.map((c) => ({ value: c.slug, label: certificationName(c, t) })),
            ]}
          />
          <NativeSelect
            {...form.field('referentialVersion')}
            label={t('projects.fields.referentialVersion')}
            required
            value={values.referentialVersion}
            onChange={(e) => set('referentialVersion', e.currentTarget.value)}
            data={
              // Chosen after the certification: empty until then, still reachable from the summary.
              versions.length === 0
                ? [{ value: '', label: t('projects.form.choose') }]
                : versions.map((key) => ({
                    value: key,
                    label: t('projects.form.version', { version: key }),
                  }))
            }
          />
        </Group>
        <NativeSelect
          {...form.field('variantId')}
          label={t('projects.fields.variant')}
          description={t('projects.form.variantHelp')}
          value={values.variantId}
          onChange={(e) => set('variantId', e.currentTarget.value)}
          data={[
            { value: '', label: t('projects.form.noVariant') },
            ...companyVariants.map((v) => ({ value: v.id, label: v.name })),
          ]}
        />
        <Textarea
          {...form.field('opportunity')}
          label={t('projects.fields.opportunity')}
          description={t('projects.form.opportunityHelp')}
          autosize
          minRows={3}
          value={values.opportunity}
          onChange={(e) => set('opportunity', e.currentTarget.value)}
        />
        <SteeringCommittee
          members={values.steeringCommittee}
          problemOf={(k) => form.messageAt(`steeringCommittee/${k}`)}
          fieldId={form.fieldId('steeringCommittee')}
          onChange={(members) => set('steeringCommittee', members)}
        />
        <Checkbox.Group
          {...form.field('instruments')}
          label={t('projects.fields.instruments')}
          value={values.instruments}
          onChange={(ids) => set('instruments', ids)}
        >
          <Stack gap={6} mt="xs">
            {usable.length === 0 ? <Text c="dimmed">{t('projects.form.noInstrument')}</Text> : null}
            {usable.map((i) => (
              <Checkbox
                key={instrumentRefId(i)}
                value={instrumentRefId(i)}
                label={`${i.title} (v${i.version}${i.status === 'draft' ? `, ${t('projects.form.draft')}` : ''})`}
              />
            ))}
          </Stack>
        </Checkbox.Group>
        <Group gap="sm">
          <Button type="submit" loading={saving} data-testid="project-submit">
            {submitLabel}
          </Button>
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              {t('projects.form.cancel')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </form>
  );
}
