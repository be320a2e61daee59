import { checkNewPassword } from '@certeval/core/organisation/accountForms';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../ui/PasswordField.tsx';
import type { useFormProblems } from '../../ui/useFormProblems.ts';

export const NEW_PASSWORD_FIELDS = ['password', 'confirmation'] as const;
type Form = ReturnType<typeof useFormProblems<(typeof NEW_PASSWORD_FIELDS)[number]>>;

export type NewPassword = ReturnType<typeof useNewPassword>;

/** A new password and its confirmation as typed, checked by core's rules (the server's). */
export function useNewPassword() {
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  /** Every rule the typed password breaks, all at once; paths below "body". */
  const problems = () => checkNewPassword({ password, confirmation }, 'body');
  return { password, setPassword, confirmation, setConfirmation, problems };
}

/** Choosing a password (reset, invitation): the password, its rules, its confirmation. */
export function NewPasswordFields({ state, form }: { state: NewPassword; form: Form }) {
  const { t } = useTranslation();
  // Both fields are required: no asterisk, which would also end up in the label's text.
  return (
    <>
      <PasswordField
        {...form.field('password')}
        label={t('reset.password')}
        description={t('reset.rules')}
        name="password"
        autoComplete="new-password"
        required
        withAsterisk={false}
        value={state.password}
        onChange={(event) => state.setPassword(event.currentTarget.value)}
      />
      <PasswordField
        {...form.field('confirmation')}
        label={t('reset.confirmation')}
        name="confirmation"
        autoComplete="new-password"
        required
        withAsterisk={false}
        value={state.confirmation}
        onChange={(event) => state.setConfirmation(event.currentTarget.value)}
      />
    </>
  );
}
