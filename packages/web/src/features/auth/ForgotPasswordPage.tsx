// Issue 15, item 2: "Mot de passe oublié ?" — the person gives their address and is sent a
// one-time link there. The answer is the same whether an account has the address or not.
import { Anchor, Button, Stack, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { Link, useSearch } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { useErrorMessage } from '../../ui/useErrorMessage.ts';
import { AuthPage } from './AuthPage.tsx';
import { askForResetLink } from './authApi.ts';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const { email: given } = useSearch({ from: '/forgot-password' });
  const [email, setEmail] = useState(given ?? '');
  const ask = useMutation({ mutationFn: askForResetLink });
  const errorMessage = useErrorMessage();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    ask.mutate(email.trim());
  };

  return (
    <AuthPage title={t('forgot.title')} intro={t('forgot.intro')} testId="forgot-password-page">
      {ask.isSuccess ? (
        <LiveMessage
          message={t('forgot.sent', { email: ask.variables })}
          tone="success"
          testId="forgot-password-sent"
        />
      ) : (
        <form onSubmit={submit} data-testid="forgot-password-form">
          <Stack gap="md">
            <TextInput
              label={t('auth.email')}
              type="email"
              name="email"
              autoComplete="username"
              required
              withAsterisk={false}
              maxLength={320}
              value={email}
              onChange={(event) => setEmail(event.currentTarget.value)}
              error={ask.isError}
            />
            <LiveMessage
              message={ask.isError ? errorMessage(ask.error) : null}
              testId="forgot-password-error"
            />
            <Button type="submit" loading={ask.isPending}>
              {t('forgot.submit')}
            </Button>
          </Stack>
        </form>
      )}
      <Anchor component={Link} to="/login" w="fit-content" data-testid="forgot-to-login">
        {t('forgot.toLogin')}
      </Anchor>
    </AuthPage>
  );
}
