import {
  Alert,
  Button,
  Fieldset,
  Group,
  List,
  NativeSelect,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/apiClient.ts';
import { currentLocale } from '../../i18n/i18n.ts';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { useErrorMessage } from '../../ui/useErrorMessage.ts';
import {
  ACCESS_ROUTES,
  type CandidateField,
  type CandidateValues,
  inseeCodeMessage,
  missingCandidateFields,
  placeProblems,
} from './candidateForm.ts';
import { type AssignablePerson, assignableQuery } from './candidatesApi.ts';

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

/** Identity, contact, access route, tutor and trainer, accommodations; every problem in place. */
export function CandidateForm({ projectId, initial, submitLabel, saving, error, onSubmit }: Props) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(initial);
  const [missing, setMissing] = useState<CandidateField[]>([]);
  const [attempt, setAttempt] = useState(0);
  const people = useQuery({ ...assignableQuery(projectId), enabled: projectId !== '' });
  const problems =
    error instanceof ApiError ? placeProblems(error.problems) : { byField: {}, general: [] };
  const locale = currentLocale();

  // After a refused submit, the first field in error takes the focus (WCAG 3.3.1).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per refusal
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [attempt, error]);

  const inseeMessage = attempt > 0 ? inseeCodeMessage(values) : undefined;
  const fieldError = (field: CandidateField) => {
    if (missing.includes(field)) return t('candidates.form.required');
    if (field === 'birthInseeCode' && inseeMessage) return inseeMessage[locale];
    const messages = problems.byField[field];
    return messages ? messages.map((m) => m[locale]).join(' ') : null;
  };
  const text = (field: Exclude<CandidateField, 'accessRoute'>) => ({
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
    const left = missingCandidateFields(values);
    setMissing(left);
    setAttempt((n) => n + 1);
    if (left.length === 0 && !inseeCodeMessage(values)) onSubmit(values);
  };
  const choose = (list: AssignablePerson[] | undefined) => [
    { value: '', label: t('candidates.form.nobody') },
    ...(list ?? []).map((p) => ({ value: p.id, label: personLabel(p) })),
  ];
  const generalError =
    error && !(error instanceof ApiError && error.code === 'candidate_invalid')
      ? errorMessage(error)
      : null;
  return (
    <form ref={formRef} onSubmit={submit} noValidate data-testid="candidate-form">
      <Stack gap="md" maw={860}>
        {error instanceof ApiError && error.code === 'candidate_invalid' ? (
          <Alert color="red" variant="outline" role="alert" data-testid="candidate-problems">
            {errorMessage(error)}
            {problems.general.length > 0 ? (
              <List mt="xs">
                {problems.general.map((m) => (
                  <List.Item key={m.en}>{m[locale]}</List.Item>
                ))}
              </List>
            ) : null}
          </Alert>
        ) : null}
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
        <LiveMessage message={generalError} testId="candidate-form-error" />
        <Group>
          <Button type="submit" loading={saving} data-testid="candidate-submit">
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
