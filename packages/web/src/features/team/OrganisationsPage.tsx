import { checkOrganisation } from '@certeval/core/organisation/organisationForms';
import type { OrganisationKind } from '@certeval/core/organisation/roles';
import { Anchor, Button, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useRouteContext } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { ResponsiveTable } from '../../ui/ResponsiveTable.tsx';
import { useFormProblems } from '../../ui/useFormProblems.ts';
import { SectionHeading } from '../home/SectionHeading.tsx';
import { spaceParams } from '../home/spaces.ts';
import { LoadError, Loading } from '../referential/LoadState.tsx';
import { createOrganisation, type NewOrganisation, organisationsQuery } from './teamApi.ts';
import { TEAM_PATHS } from './teamRouteIds.ts';

const KINDS: readonly OrganisationKind[] = ['company', 'training_organisation', 'certifier'];

const FIELDS = ['kind', 'name', 'siret'] as const;

function CreateOrganisationForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [kind, setKind] = useState<OrganisationKind>('company');
  const [name, setName] = useState('');
  const [siret, setSiret] = useState('');
  const create = useMutation({
    mutationFn: (input: NewOrganisation) => createOrganisation(input),
    onSuccess: () => {
      setName('');
      setSiret('');
      return queryClient.invalidateQueries({ queryKey: organisationsQuery.queryKey });
    },
  });
  const form = useFormProblems({
    fields: FIELDS,
    label: (field) => t(`team.organisations.create.${field}`),
    name: 'organisation',
    error: create.error,
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const cleaned = siret.trim();
    const input = { kind, name: name.trim(), ...(cleaned ? { siret: cleaned } : {}) };
    if (form.accept(checkOrganisation(input, 'body'))) create.mutate(input);
  };
  const message = create.isSuccess
    ? t('team.organisations.create.created', { name: create.data.name })
    : null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="create-organisation-title">
      <form onSubmit={submit} noValidate data-testid="create-organisation-form">
        <Stack gap="sm">
          <Title order={2} id="create-organisation-title" size="h3">
            {t('team.organisations.create.title')}
          </Title>
          <ErrorSummary {...form.summary} testId="organisation-problems" />
          <NativeSelect
            {...form.field('kind')}
            label={t('team.organisations.create.kind')}
            name="kind"
            value={kind}
            onChange={(event) => setKind(event.currentTarget.value as OrganisationKind)}
            data={KINDS.map((k) => ({ value: k, label: t(`team.organisations.kinds.${k}`) }))}
          />
          <TextInput
            {...form.field('name')}
            label={t('team.organisations.create.name')}
            name="name"
            required
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
          />
          <TextInput
            {...form.field('siret')}
            label={t('team.organisations.create.siret')}
            description={t('team.organisations.create.siretHint')}
            name="siret"
            inputMode="numeric"
            value={siret}
            onChange={(event) => setSiret(event.currentTarget.value)}
          />
          <LiveMessage message={message} tone="success" testId="create-organisation-message" />
          <Button type="submit" loading={create.isPending} w="fit-content">
            {t('team.organisations.create.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}

/** The certifier's organisations: every one registered, registering a new one. */
export function OrganisationsPage() {
  const { t } = useTranslation();
  const { membership } = useRouteContext({ from: '/_authenticated/espace/$organisationId/$role' });
  const organisations = useQuery(organisationsQuery);
  return (
    <Stack gap="lg" data-testid="organisations-page">
      <SectionHeading section="organisations" />
      {organisations.isPending ? <Loading /> : null}
      {organisations.isError ? <LoadError error={organisations.error} /> : null}
      {organisations.data?.length === 0 ? <Text>{t('team.organisations.empty')}</Text> : null}
      {organisations.data && organisations.data.length > 0 ? (
        <ResponsiveTable
          columns={[
            {
              key: 'name',
              header: t('team.organisations.name'),
              cell: (o) => (
                <Anchor
                  renderRoot={(props) => (
                    <Link
                      to={TEAM_PATHS.organisationPeople}
                      params={{ ...spaceParams(membership), targetId: o.id }}
                      {...props}
                    />
                  )}
                >
                  {o.name}
                </Anchor>
              ),
            },
            {
              key: 'kind',
              header: t('team.organisations.kind'),
              cell: (o) => t(`team.organisations.kinds.${o.kind}`),
            },
            {
              key: 'siret',
              header: t('team.organisations.siret'),
              cell: (o) => o.siret ?? t('team.organisations.noSiret'),
            },
          ]}
          rows={organisations.data}
          rowKey={(o) => o.id}
          rowTestId={(o) => `organisation-${o.id}`}
          minWidth={560}
          data-testid="organisations-table"
        />
      ) : null}
      <CreateOrganisationForm />
    </Stack>
  );
}
