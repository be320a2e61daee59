// Issue 15, item 4: the person's profile — the language of the product and of their e-mails,
// and the notices they may switch off; the procedure's messages are listed as always sent.

import { Button, Checkbox, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import IconDeviceFloppy from '@tabler/icons-react/icons/IconDeviceFloppy';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../i18n/locale.ts';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { useFormProblems } from '../../ui/useFormProblems.ts';
import { useChangeLanguage } from '../auth/useChangeLanguage.ts';
import { LoadError, Loading } from '../referential/LoadState.tsx';
import {
  type Preferences,
  preferencesQuery,
  savePreferences,
  type TemplateName,
} from './profileApi.ts';

const FIELDS = ['locale', 'off'] as const;

function PreferencesForm({ initial }: { initial: Preferences }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const changeLanguage = useChangeLanguage();
  const [locale, setLocale] = useState<Locale>(initial.locale);
  const [off, setOff] = useState<Set<TemplateName>>(
    new Set(initial.notifications.filter((n) => !n.on).map((n) => n.template)),
  );
  const save = useMutation({
    mutationFn: savePreferences,
    onSuccess: async (saved) => {
      queryClient.setQueryData(preferencesQuery.queryKey, saved);
      await changeLanguage(saved.locale);
    },
  });
  const form = useFormProblems({
    fields: FIELDS,
    label: (field) => t(field === 'locale' ? 'profile.language' : 'profile.notifications'),
    name: 'profile',
    error: save.error,
  });
  const optional = initial.notifications.filter((n) => n.optional);
  const required = initial.notifications.filter((n) => !n.optional);
  const toggle = (template: TemplateName, on: boolean) =>
    setOff((current) => {
      const next = new Set(current);
      if (on) next.delete(template);
      else next.add(template);
      return next;
    });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate({ locale, off: [...off] });
  };
  return (
    <form onSubmit={submit} noValidate data-testid="profile-form">
      <Stack gap="lg">
        <ErrorSummary {...form.summary} testId="profile-problems" />
        <NativeSelect
          {...form.field('locale')}
          label={t('profile.language')}
          value={locale}
          onChange={(event) => setLocale(event.currentTarget.value as Locale)}
          data={[
            { value: 'fr', label: t('language.fr') },
            { value: 'en', label: t('language.en') },
          ]}
          w="fit-content"
        />
        <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
          <Title order={2} size="h3" component="legend">
            {t('profile.notifications')}
          </Title>
          <Text>{t('profile.optionalIntro')}</Text>
          {optional.map((n) => (
            <Checkbox
              key={n.template}
              label={t(`profile.templates.${n.template}`)}
              checked={!off.has(n.template)}
              onChange={(event) => toggle(n.template, event.currentTarget.checked)}
              data-testid={`notification-${n.template}`}
            />
          ))}
          <Text mt="sm">{t('profile.requiredIntro')}</Text>
          {required.map((n) => (
            <Checkbox
              key={n.template}
              label={`${t(`profile.templates.${n.template}`)} — ${t('profile.always')}`}
              checked
              disabled
              readOnly
            />
          ))}
        </Stack>
        <LiveMessage
          message={save.isSuccess ? t('profile.saved') : null}
          tone="success"
          testId="profile-message"
        />
        <Button
          leftSection={<IconDeviceFloppy size={16} aria-hidden />}
          type="submit"
          loading={save.isPending}
          w="fit-content"
        >
          {t('profile.save')}
        </Button>
      </Stack>
    </form>
  );
}

export function ProfilePage() {
  const { t } = useTranslation();
  const preferences = useQuery(preferencesQuery);
  return (
    <Paper p="md" data-testid="profile-page">
      <Stack gap="md" maw={640}>
        <Title order={1}>{t('profile.title')}</Title>
        <Text c="dimmed">{t('profile.intro')}</Text>
        {preferences.isPending ? (
          <Loading />
        ) : preferences.isError ? (
          <LoadError error={preferences.error} />
        ) : (
          <PreferencesForm initial={preferences.data} />
        )}
      </Stack>
    </Paper>
  );
}
