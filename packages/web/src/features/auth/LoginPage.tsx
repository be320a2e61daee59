import { Anchor, Button, Stack, TextInput } from '@mantine/core';
import { Link, useSearch } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/apiClient.ts';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { PasswordField } from '../../ui/PasswordField.tsx';
import { useErrorMessage } from '../../ui/useErrorMessage.ts';
import { AuthPage } from './AuthPage.tsx';
import { useLogin } from './useLogin.ts';

/** Whether the server's validation error points at this field (`body/email`). */
function isFieldInError(error: unknown, field: string): boolean {
  return error instanceof ApiError && (error.path?.endsWith(`/${field}`) ?? false);
}

export function LoginPage() {
  const { t } = useTranslation();
  const { redirect, invited, email: invitedEmail } = useSearch({ from: '/login' });
  const login = useLogin(redirect);
  const errorMessage = useErrorMessage();
  const [email, setEmail] = useState(invited ?? invitedEmail ?? '');
  const [password, setPassword] = useState('');

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    login.mutate({ email: email.trim(), password });
  };

  return (
    <AuthPage title={t('auth.loginTitle')} intro={t('auth.loginIntro')} testId="login-page">
      {/* Issue 5, item 1: back from accepting an invitation. */}
      {invited ? (
        <LiveMessage
          message={t('team.invitation.done', { email: invited })}
          tone="success"
          testId="login-invited"
        />
      ) : null}
      {/* Both fields are required: no asterisk, which would also end up in the label's text. */}
      <form onSubmit={submit} data-testid="login-form">
        <Stack gap="md">
          <TextInput
            label={t('auth.email')}
            type="email"
            name="email"
            autoComplete="username"
            required
            withAsterisk={false}
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            error={isFieldInError(login.error, 'email')}
          />
          <PasswordField
            label={t('auth.password')}
            name="password"
            autoComplete="current-password"
            required
            withAsterisk={false}
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={isFieldInError(login.error, 'password')}
          />
          <LiveMessage
            message={login.isError ? errorMessage(login.error) : null}
            testId="login-error"
          />
          <Button type="submit" loading={login.isPending}>
            {t('auth.submit')}
          </Button>
        </Stack>
      </form>
      {/* Issue 15, item 2: a link is sent to the address, whoever asks. */}
      <Anchor
        renderRoot={(props) => (
          <Link to="/forgot-password" search={{ email: email.trim() || undefined }} {...props} />
        )}
        w="fit-content"
        data-testid="forgot-password"
      >
        {t('auth.forgotPassword')}
      </Anchor>
    </AuthPage>
  );
}
