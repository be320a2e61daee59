import { checkSignIn } from '@certeval/core/organisation/accountForms';
import { Anchor } from '@mantine/core';
import { Link, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { PasswordField } from '../../ui/PasswordField.tsx';
import { useFormProblems } from '../../ui/useFormProblems.ts';
import { AuthForm, EmailField } from './AuthForm.tsx';
import { AuthPage } from './AuthPage.tsx';
import { useLogin } from './useLogin.ts';

const FIELDS = ['email', 'password'] as const;

export function LoginPage() {
  const { t } = useTranslation();
  const { redirect, invited, email: invitedEmail } = useSearch({ from: '/login' });
  const login = useLogin(redirect);
  const [email, setEmail] = useState(invited ?? invitedEmail ?? '');
  const [password, setPassword] = useState('');
  const form = useFormProblems({
    fields: FIELDS,
    label: (field) => t(`auth.${field}`),
    name: 'login',
    error: login.error,
  });
  const submit = () => {
    const credentials = { email: email.trim(), password };
    if (form.accept(checkSignIn(credentials, 'body'))) login.mutate(credentials);
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
      <AuthForm
        name="login"
        summary={form.summary}
        submitLabel={t('auth.submit')}
        pending={login.isPending}
        onSubmit={submit}
      >
        <EmailField
          {...form.field('email')}
          value={email}
          onChange={(event) => setEmail(event.currentTarget.value)}
        />
        {/* Required: no asterisk, which would also end up in the label's text. */}
        <PasswordField
          {...form.field('password')}
          label={t('auth.password')}
          name="password"
          autoComplete="current-password"
          required
          withAsterisk={false}
          value={password}
          onChange={(event) => setPassword(event.currentTarget.value)}
        />
      </AuthForm>
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
