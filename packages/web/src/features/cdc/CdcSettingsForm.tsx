import { checkCdcSettings } from '@certeval/core/cdc/cdcSettings';
import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import IconDeviceFloppy from '@tabler/icons-react/icons/IconDeviceFloppy';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { useFormProblems } from '../../ui/useFormProblems.ts';
import { cdcSettingsQuery, saveCdcSettings } from './cdcApi.ts';

const FIELDS = ['idClient', 'idContrat'] as const;

/** The certifier's Caisse des Dépôts identifiers, each problem under its field. */
export function CdcSettingsForm({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const query = useQuery(cdcSettingsQuery(organisationId));
  const [values, setValues] = useState({ idClient: '', idContrat: '' });
  useEffect(() => {
    if (query.data) setValues(query.data);
  }, [query.data]);
  const save = useMutation({
    mutationFn: () => saveCdcSettings(organisationId, values),
    onSuccess: (saved) => {
      setValues(saved);
      queryClient.setQueryData(cdcSettingsQuery(organisationId).queryKey, saved);
    },
  });
  const form = useFormProblems({
    fields: FIELDS,
    label: (name) => t(`cdc.settings.${name}`),
    name: 'cdc',
    error: save.error,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (form.accept(checkCdcSettings({ organisationId, ...values }, 'body'))) save.mutate();
  };
  const field = (name: (typeof FIELDS)[number]) => ({
    ...form.field(name),
    label: t(`cdc.settings.${name}`),
    description: t(`cdc.settings.${name}Help`),
    value: values[name],
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setValues((current) => ({ ...current, [name]: value }));
    },
    'data-testid': `cdc-${name}`,
  });
  return (
    <form onSubmit={submit} noValidate data-testid="cdc-settings">
      <Stack gap="xs">
        <Title order={3}>{t('cdc.settings.title')}</Title>
        <Text size="sm">{t('cdc.settings.intro')}</Text>
        <ErrorSummary {...form.summary} testId="cdc-problems" />
        <Group align="flex-start">
          <TextInput {...field('idClient')} />
          <TextInput {...field('idContrat')} />
        </Group>
        <LiveMessage tone="success" message={save.isSuccess ? t('cdc.settings.saved') : null} />
        <Button
          leftSection={<IconDeviceFloppy size={16} aria-hidden />}
          type="submit"
          w="fit-content"
          loading={save.isPending}
          data-testid="cdc-save"
        >
          {t('cdc.settings.save')}
        </Button>
      </Stack>
    </form>
  );
}
