import { Button, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useRouteContext } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/apiClient.ts';
import { useErrorMessage } from '../../ui/useErrorMessage.ts';
import { today } from '../candidates/useFormatDay.ts';
import { spaceParams } from '../home/spaces.ts';
import { createSession, sessionsQuery } from './juryApi.ts';
import { defaultMembers, type MemberDraft, toMemberInputs } from './juryModel.ts';
import { JURY_PATHS } from './juryRouteIds.ts';
import { MembersEditor, ProblemAlert } from './MembersEditor.tsx';

/** The certifier convenes a jury: day, start, place or link, members and their seats. */
export function NewSessionPage() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { membership } = useRouteContext({ from: '/_authenticated/espace/$organisationId/$role' });
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [fields, setFields] = useState({
    certification: 'cqp-agc',
    referentialVersion: '1',
    date: today(),
    startTime: '09:00',
    place: '',
    remoteLink: '',
  });
  const [members, setMembers] = useState<MemberDraft[]>(defaultMembers);
  useDocumentTitle(`${t('jury.form.title')} · ${t('app.name')}`);
  const create = useMutation({
    mutationFn: () =>
      createSession({
        ...fields,
        place: fields.place.trim() || null,
        remoteLink: fields.remoteLink.trim() || null,
        members: toMemberInputs(members),
      }),
    onSuccess: async ({ id }) => {
      await queryClient.invalidateQueries({ queryKey: sessionsQuery.queryKey });
      await navigate({
        to: JURY_PATHS.session,
        params: { ...spaceParams(membership), sessionId: id },
      });
    },
  });
  const error = create.error;
  const problems = error instanceof ApiError ? error.problems : [];
  const field = (name: keyof typeof fields, type = 'text') => (
    <TextInput
      type={type}
      label={t(`jury.form.${name}`)}
      value={fields[name]}
      onChange={(e) => {
        const value = e.currentTarget.value;
        setFields((current) => ({ ...current, [name]: value }));
      }}
      error={
        error instanceof ApiError && error.path === `body/${name}` ? errorMessage(error) : undefined
      }
      data-testid={`session-${name}`}
    />
  );
  return (
    <Stack gap="lg" data-testid="new-session-page">
      <Stack gap={4}>
        <Title order={1}>{t('jury.form.title')}</Title>
        <Text>{t('jury.form.intro')}</Text>
      </Stack>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          create.mutate();
        }}
      >
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            {field('certification')}
            {field('referentialVersion')}
            {field('date', 'date')}
            {field('startTime', 'time')}
            {field('place')}
            {field('remoteLink', 'url')}
          </SimpleGrid>
          <Text size="sm">{t('jury.form.venueHint')}</Text>
          <MembersEditor members={members} problems={problems} onChange={setMembers} />
          {error && problems.length === 0 && !(error instanceof ApiError && error.path) ? (
            <ProblemAlert
              problems={[
                {
                  code: 'error',
                  path: '',
                  message: { fr: errorMessage(error), en: errorMessage(error) },
                },
              ]}
            />
          ) : null}
          {problems.length > 0 ? (
            <Text c="red.8" role="alert" data-testid="session-refused">
              {t('jury.form.refused')}
            </Text>
          ) : null}
          <Group>
            <Button type="submit" loading={create.isPending} data-testid="session-submit">
              {t('jury.form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
