import {
  Button,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { useErrorMessage } from '../../ui/useErrorMessage.ts';
import { useFormProblems } from '../../ui/useFormProblems.ts';
import {
  ACCESS_ROUTES,
  CANDIDATE_BASE,
  CANDIDATE_FIELDS,
  type CandidateField,
  type CandidateValues,
  candidateFormProblems,
} from './candidateForm.ts';
import { type AssignablePerson, assignableQuery } from './candidatesApi.ts';
import { today } from './useFormatDay.ts';

type Props = {
  projectId: string;
  initial: CandidateValues;
  submitLabel: string;
  saving: boolean;
  error: unknown;
  onSubmit: (values: CandidateValues) => void;
};

function personLabel(person: AssignablePerson) {
  return `${person.displayName} — ${person.organisationName}`;
}

/**
 * Identity, contact, access route, tutor and trainer, accommodations. Every problem at once,
 * checked in the browser by the server's own check (core) before sending: listed in the
 * summary at the top, each under its field.
 */
export function CandidateForm({ projectId, initial, submitLabel, saving, error, onSubmit }: Props) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [values, setValues] = useState(initial);
  const people = useQuery({ ...assignableQuery(projectId), enabled: projectId !== '' });
  const form = useFormProblems({
    fields: CANDIDATE_FIELDS,
    label: (field) => t(`candidates.fields.${field}`),
    name: 'candidate',
    error,
    base: CANDIDATE_BASE,
  });
  const fieldError = form.fieldError;
  const fieldId = form.fieldId;
  const text = (field: Exclude<CandidateField, 'accessRoute'>) => ({
    id: fieldId(field),
    label: t(`candidates.fields.${field}`),
    value: values[field],
    error: fieldError(field),
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setValues((current) => ({ ...current, [field]: value }));
    },
    'data-testid': `candidate-${field}`,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (form.accept(candidateFormProblems(values, today()))) onSubmit(values);
  };
  const choose = (list: AssignablePerson[] | undefined) => [
    { value: '', label: t('candidates.form.nobody') },
    ...(list ?? []).map((p) => ({ value: p.id, label: personLabel(p) })),
  ];
  return (
    <form onSubmit={submit} noValidate data-testid="candidate-form">
      <Stack gap="md" maw={860}>
        <ErrorSummary {...form.summary} testId="candidate-problems" />
        <Fieldset legend={t('candidates.form.identity')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput {...text('birthName')} required maxLength={200} />
            <TextInput {...text('usageName')} maxLength={200} />
            <TextInput
              {...text('firstNames')}
              required
              description={t('candidates.form.firstNamesHelp')}
            />
            <TextInput {...text('birthDate')} type="date" required />
            <TextInput
              {...text('birthPlace')}
              required
              description={t('candidates.form.birthPlaceHelp')}
            />
            <NativeSelect
              id={fieldId('sex')}
              label={t('candidates.fields.sex')}
              description={t('candidates.form.sexHelp')}
              value={values.sex}
              error={fieldError('sex')}
              onChange={(e) => {
                const value = e.currentTarget.value;
                setValues((current) => ({ ...current, sex: value }));
              }}
              data={[
                { value: '', label: t('candidates.form.notGiven') },
                { value: 'female', label: t('candidates.form.sexes.female') },
                { value: 'male', label: t('candidates.form.sexes.male') },
              ]}
              data-testid="candidate-sex"
            />
            <TextInput
              {...text('birthInseeCode')}
              maxLength={5}
              description={t('candidates.form.birthInseeCodeHelp')}
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('candidates.form.contact')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput {...text('email')} type="email" autoComplete="off" />
            <TextInput {...text('phone')} type="tel" maxLength={40} />
            <TextInput {...text('job')} maxLength={200} />
            <NativeSelect
              id={fieldId('accessRoute')}
              label={t('candidates.fields.accessRoute')}
              required
              value={values.accessRoute}
              error={fieldError('accessRoute')}
              onChange={(e) => {
                const value = e.currentTarget.value as CandidateValues['accessRoute'];
                setValues((current) => ({ ...current, accessRoute: value }));
              }}
              data={[
                { value: '', label: t('candidates.form.choose'), disabled: true },
                ...ACCESS_ROUTES.map((r) => ({
                  value: r,
                  label: t(`candidates.accessRoutes.${r}`),
                })),
              ]}
              data-testid="candidate-accessRoute"
            />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('candidates.form.people')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              {...text('tutorId')}
              description={t('candidates.form.tutorHelp')}
              data={choose(people.data?.tutors)}
            />
            <NativeSelect
              {...text('trainerId')}
              description={t('candidates.form.trainerHelp')}
              data={choose(people.data?.trainers)}
            />
          </SimpleGrid>
          <LiveMessage
            message={people.isError ? errorMessage(people.error) : null}
            testId="candidate-people-error"
          />
        </Fieldset>
        <Textarea
          {...text('accommodations')}
          description={t('candidates.form.accommodationsHelp')}
          autosize
          minRows={2}
        />
        <Group>
          <Button type="submit" loading={saving} data-testid="candidate-submit">
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
