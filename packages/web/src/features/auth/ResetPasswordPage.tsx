import { Anchor } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { Link, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { useFormProblems } from '../../ui/useFormProblems.ts';
import { AuthForm } from './AuthForm.tsx';
import { AuthPage } from './AuthPage.tsx';
import { resetPassword } from './authApi.ts';
import { NEW_PASSWORD_FIELDS, NewPasswordFields, useNewPassword } from './NewPasswordFields.tsx';

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
  const newPassword = useNewPassword();
  const form = useFormProblems({
    fields: NEW_PASSWORD_FIELDS,
    label: (field) => t(`reset.${field}`),
    name: 'reset',
    error: reset.error,
  });
  const submit = () => {
    if (form.accept(newPassword.problems()) && token)
      reset.mutate({ token, password: newPassword.password });
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
  return (
    <AuthPage {...shell}>
      <AuthForm
        name="reset"
        summary={form.summary}
        submitLabel={t('reset.submit')}
        pending={reset.isPending}
        onSubmit={submit}
      >
        <NewPasswordFields state={newPassword} form={form} />
      </AuthForm>
      {reset.isError ? <AskAgainLink /> : null}
      <LoginLink />
    </AuthPage>
  );
}
