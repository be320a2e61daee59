import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Mantine's password input with its show/hide button named in the reader's language and
 * reachable with the keyboard (Mantine leaves it out of the tab order by default).
 */
export function PasswordField(props: PasswordInputProps) {
  const { t } = useTranslation();
  return (
    <PasswordInput
      visibilityToggleFocusable
      visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
      // Mantine marks the wrapper only: the field itself says it is in error (issue 16).
      aria-invalid={props.error ? true : undefined}
      {...props}
    />
  );
}
