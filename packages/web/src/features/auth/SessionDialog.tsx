// Issue 16, item 7: the session ended while a page was open. Instead of leaving the page (and
// what was typed on it), a dialog over it asks the same person to sign in again; then the
// page's data is read again and the saves that waited are sent (app/session.ts).
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useLocation, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sessionClosed, sessionResumed, useSessionState } from '../../app/session.ts';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { PasswordField } from '../../ui/PasswordField.tsx';
import { useErrorMessage } from '../../ui/useErrorMessage.ts';
import { login, meQuery } from './authApi.ts';
import type { Me } from './me.ts';
import { useLogout } from './useLogout.ts';

export function SessionDialog({ me }: { me: Me }) {
  const { t } = useTranslation();
  const opened = useSessionState() === 'ended';
  return (
    <Modal
      opened={opened}
      onClose={() => undefined}
      withCloseButton={false}
      closeOnClickOutside={false}
      closeOnEscape={false}
      centered
      title={t('auth.sessionEnded.title')}
      data-testid="session-dialog"
    >
      {opened ? <SignInAgain me={me} /> : null}
    </Modal>
  );
}

function SignInAgain({ me }: { me: Me }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const href = useLocation({ select: (location) => location.href });
  const errorMessage = useErrorMessage();
  const [password, setPassword] = useState('');
  const other = useLogout(href);
  const again = useMutation({
    mutationFn: () => login({ email: me.email, password }),
    onSuccess: async (person) => {
      if (person.id !== me.id) {
        // Someone else: nothing of the previous person's page is theirs to save.
        sessionClosed();
        queryClient.clear();
        queryClient.setQueryData(meQuery.queryKey, person);
        sessionResumed();
        await navigate({ to: '/' });
        return;
      }
      queryClient.setQueryData(meQuery.queryKey, person);
      sessionResumed();
      await queryClient.invalidateQueries();
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    again.mutate();
  };
  return (
    <form onSubmit={submit} data-testid="session-dialog-form">
      <Stack gap="md">
        <Text>{t('auth.sessionEnded.message')}</Text>
        <TextInput
          label={t('auth.email')}
          type="email"
          name="email"
          autoComplete="username"
          value={me.email}
          readOnly
        />
        <PasswordField
          label={t('auth.password')}
          name="password"
          autoComplete="current-password"
          required
          withAsterisk={false}
          data-autofocus
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
        />
        <LiveMessage
          message={again.isError ? errorMessage(again.error) : null}
          testId="session-dialog-error"
        />
        <Group justify="space-between">
          <Button variant="default" onClick={() => other.mutate()} loading={other.isPending}>
            {t('auth.sessionEnded.other')}
          </Button>
          <Button type="submit" loading={again.isPending}>
            {t('auth.sessionEnded.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
