// Issue 15, item 2: "Mot de passe oublié ?" — the person gives their address and is sent a
// one-time link there. The answer is the same whether an account has the address or not.
import { checkEmailForm } from '@certeval/core/organisation/accountForms';
import { Anchor } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { Link, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { useFormProblems } from '../../ui/useFormProblems.ts';
import { AuthForm, EmailField } from './AuthForm.tsx';
import { AuthPage } from './AuthPage.tsx';
import { askForResetLink } from './authApi.ts';

const FIELDS = ['email'] as const;

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const { email: given } = useSearch({ from: '/forgot-password' });
  const [email, setEmail] = useState(given ?? '');
  const ask = useMutation({ mutationFn: askForResetLink });
  const form = useFormProblems({
    fields: FIELDS,
    label: () => t('auth.email'),
    name: 'forgot-password',
    error: ask.error,
  });
  const submit = () => {
    const address = email.trim();
    if (form.accept(checkEmailForm({ email: address }, 'body'))) ask.mutate(address);
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
        <AuthForm
          name="forgot-password"
          summary={form.summary}
          submitLabel={t('forgot.submit')}
          pending={ask.isPending}
          onSubmit={submit}
        >
          <EmailField
            {...form.field('email')}
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
          />
        </AuthForm>
      )}
      <Anchor component={Link} to="/login" w="fit-content" data-testid="forgot-to-login">
        {t('forgot.toLogin')}
      </Anchor>
    </AuthPage>
  );
}
