// The form of the pages reached without a session (sign in, forgotten password, new password):
// the error summary at the top, the fields, one button. Checked before sending by core's check,
// the server's own; every problem at once, each under its field.
import { Button, Stack, TextInput, type TextInputProps } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, type SummaryItem } from '../../ui/ErrorSummary.tsx';

type Props = {
  /** `login` → the form `login-form`, its summary `login-error`. */
  name: string;
  summary: { items: readonly SummaryItem[]; focusKey: unknown };
  submitLabel: string;
  pending: boolean;
  onSubmit: () => void;
  children: ReactNode;
};

export function AuthForm({ name, summary, submitLabel, pending, onSubmit, children }: Props) {
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate data-testid={`${name}-form`}>
      <Stack gap="md">
        <ErrorSummary {...summary} testId={`${name}-error`} />
        {children}
        <Button type="submit" loading={pending}>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}

/** The address of an account, as both the sign-in and the forgotten password forms ask it. */
export function EmailField(props: Omit<TextInputProps, 'label'>) {
  const { t } = useTranslation();
  // Required: no asterisk, which would also end up in the label's text.
  return (
    <TextInput
      label={t('auth.email')}
      type="email"
      name="email"
      autoComplete="username"
      required
      withAsterisk={false}
      {...props}
    />
  );
}
