import { Anchor, Button, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { Link, useSearch } from '@tanstack/react-router';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { useErrorMessage } from '../../ui/useErrorMessage.ts';
import { AuthPage } from './AuthPage.tsx';
import { resetPassword } from './authApi.ts';
import { NewPasswordFields, useNewPassword } from './NewPasswordFields.tsx';

function LoginLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/login" w="fit-content" data-testid="reset-to-login">
      {t('reset.toLogin')}
    </Anchor>
  );
}

/** A spent, expired or broken link: ask for another one. */
function AskAgainLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/forgot-password" w="fit-content" data-testid="reset-ask-again">
      {t('reset.askAgain')}
    </Anchor>
  );
}

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { token } = useSearch({ from: '/reset-password' });
  const reset = useMutation({ mutationFn: resetPassword });
  const errorMessage = useErrorMessage();
  const newPassword = useNewPassword();

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const password = newPassword.check();
    if (password && token) reset.mutate({ token, password });
  };

  const shell = { title: t('reset.title'), intro: t('reset.intro'), testId: 'reset-password-page' };
  if (!token) {
    return (
      <AuthPage {...shell}>
        <LiveMessage message={t('reset.missingToken')} />
        <AskAgainLink />
        <LoginLink />
      </AuthPage>
    );
  }
  if (reset.isSuccess) {
    return (
      <AuthPage {...shell}>
        <LiveMessage message={t('reset.done')} tone="success" testId="reset-done" />
        <LoginLink />
      </AuthPage>
    );
  }
  const message = newPassword.problemMessage ?? (reset.isError ? errorMessage(reset.error) : null);
  return (
    <AuthPage {...shell}>
      <form onSubmit={submit} data-testid="reset-password-form">
        <Stack gap="md">
          <NewPasswordFields state={newPassword} />
          <LiveMessage message={message} testId="reset-error" />
          <Button type="submit" loading={reset.isPending}>
            {t('reset.submit')}
          </Button>
        </Stack>
      </form>
      {reset.isError ? <AskAgainLink /> : null}
      <LoginLink />
    </AuthPage>
  );
}
