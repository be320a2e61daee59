import { Button, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import IconDeviceFloppy from '@tabler/icons-react/icons/IconDeviceFloppy';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/apiClient.ts';
import { currentLocale } from '../../i18n/i18n.ts';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { useErrorMessage } from '../../ui/useErrorMessage.ts';
import { cdcSettingsQuery, saveCdcSettings } from './cdcApi.ts';

/** The certifier's Caisse des Dépôts identifiers, each problem under its field. */
export function CdcSettingsForm({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
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
  const problemOf = (field: 'idClient' | 'idContrat') => {
    const problems = save.error instanceof ApiError ? save.error.problems : [];
    const found = problems.find((p) => p.path === `body/${field}`);
    return found ? found.message[currentLocale()] : null;
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const field = (name: 'idClient' | 'idContrat') => ({
    label: t(`cdc.settings.${name}`),
    description: t(`cdc.settings.${name}Help`),
    value: values[name],
    error: problemOf(name),
    onChange: (e: { currentTarget: { value: string } }) => {
      const value = e.currentTarget.value;
      setValues((current) => ({ ...current, [name]: value }));
    },
    'data-testid': `cdc-${name}`,
  });
  const failed = save.isError && problemOf('idClient') === null && problemOf('idContrat') === null;
  return (
    <form onSubmit={submit} noValidate data-testid="cdc-settings">
      <Stack gap="xs">
        <Title order={3}>{t('cdc.settings.title')}</Title>
        <Text size="sm">{t('cdc.settings.intro')}</Text>
        <Group align="flex-start">
          <TextInput {...field('idClient')} maxLength={8} />
          <TextInput {...field('idContrat')} maxLength={20} />
        </Group>
        <LiveMessage
          tone={save.isError ? 'error' : 'success'}
          message={
            failed ? errorMessage(save.error) : save.isSuccess ? t('cdc.settings.saved') : null
          }
        />
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
