import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PasswordField } from '../../ui/PasswordField.tsx';
import { type PasswordProblem, passwordProblem } from './passwordRules.ts';

export type NewPassword = ReturnType<typeof useNewPassword>;

/** A new password and its confirmation as typed, and what was wrong at the last check. */
export function useNewPassword() {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [problem, setProblem] = useState<PasswordProblem | null>(null);
  /** The password when it passes the rules; null when not, the problem then shown. */
  const check = (): string | null => {
    const found = passwordProblem(password, confirmation);
    setProblem(found);
    return found ? null : password;
  };
  const problemMessage = problem ? t(`reset.${problem}`) : null;
  return { password, setPassword, confirmation, setConfirmation, problem, problemMessage, check };
}

/** Choosing a password (reset, invitation): the password and its confirmation. */
export function NewPasswordFields({ state }: { state: NewPassword }) {
  const { t } = useTranslation();
  // Both fields are required: no asterisk, which would also end up in the label's text.
  return (
    <>
      <PasswordField
        label={t('reset.password')}
        name="password"
        autoComplete="new-password"
        required
        withAsterisk={false}
        value={state.password}
        onChange={(event) => state.setPassword(event.currentTarget.value)}
        error={state.problem === 'tooShort'}
      />
      <PasswordField
        label={t('reset.confirmation')}
        name="confirmation"
        autoComplete="new-password"
        required
        withAsterisk={false}
        value={state.confirmation}
        onChange={(event) => state.setConfirmation(event.currentTarget.value)}
        error={state.problem === 'mismatch'}
      />
    </>
  );
}
