import { Anchor, Button, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { Link, useSearch } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { PasswordField } from '../../ui/PasswordField.tsx';
import { useErrorMessage } from '../../ui/useErrorMessage.ts';
import { AuthPage } from './AuthPage.tsx';
import { resetPassword } from './authApi.ts';
import { type PasswordProblem, passwordProblem } from './passwordRules.ts';

function LoginLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/login" w="fit-content" data-testid="reset-to-login">
      {t('reset.toLogin')}
    </Anchor>
  );
}

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const { token } = useSearch({ from: '/reset-password' });
  const reset = useMutation({ mutationFn: resetPassword });
  const errorMessage = useErrorMessage();
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [problem, setProblem] = useState<PasswordProblem | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = passwordProblem(password, confirmation);
    setProblem(found);
    if (!found && token) reset.mutate({ token, password });
  };

  const shell = { title: t('reset.title'), intro: t('reset.intro'), testId: 'reset-password-page' };
  if (!token) {
    return (
      <AuthPage {...shell}>
        <LiveMessage message={t('reset.missingToken')} />
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
  const message = problem
    ? t(`reset.${problem}`)
    : reset.isError
      ? errorMessage(reset.error)
      : null;
  return (
    <AuthPage {...shell}>
      {/* Both fields are required: no asterisk, which would also end up in the label's text. */}
      <form onSubmit={submit} data-testid="reset-password-form">
        <Stack gap="md">
          <PasswordField
            label={t('reset.password')}
            name="password"
            autoComplete="new-password"
            required
            withAsterisk={false}
            value={password}
            onChange={(event) => setPassword(event.currentTarget.value)}
            error={problem === 'tooShort'}
          />
          <PasswordField
            label={t('reset.confirmation')}
            name="confirmation"
            autoComplete="new-password"
            required
            withAsterisk={false}
            value={confirmation}
            onChange={(event) => setConfirmation(event.currentTarget.value)}
            error={problem === 'mismatch'}
          />
          <LiveMessage message={message} testId="reset-error" />
          <Button type="submit" loading={reset.isPending}>
            {t('reset.submit')}
          </Button>
        </Stack>
      </form>
      <LoginLink />
    </AuthPage>
  );
}
