import { Anchor, Button, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { useErrorMessage } from '../../ui/useErrorMessage.ts';
import { AuthPage } from '../auth/AuthPage.tsx';
import { NewPasswordFields, useNewPassword } from '../auth/NewPasswordFields.tsx';
import { LoadError, Loading } from '../referential/LoadState.tsx';
import { acceptInvitation, type InvitationSummary, invitationQuery } from './teamApi.ts';
import { useRoleLabel } from './useTeamFormat.ts';

function LoginLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/login" w="fit-content" data-testid="invitation-to-login">
      {t('team.invitation.toLogin')}
    </Anchor>
  );
}

function AcceptForm({ token, invitation }: { token: string; invitation: InvitationSummary }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const newPassword = useNewPassword();
  const accept = useMutation({
    mutationFn: (chosen?: string) => acceptInvitation(token, chosen),
    onSuccess: ({ email }) => navigate({ to: '/login', search: { invited: email } }),
  });
  const needsPassword = !invitation.accountExists;

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!needsPassword) {
      accept.mutate(undefined);
      return;
    }
    const password = newPassword.check();
    if (password) accept.mutate(password);
  };

  const message =
    newPassword.problemMessage ?? (accept.isError ? errorMessage(accept.error) : null);
  return (
    <form onSubmit={submit} data-testid="invitation-form">
      <Stack gap="md">
        {needsPassword ? (
          <>
            <Text>{t('team.invitation.choosePassword')}</Text>
            <NewPasswordFields state={newPassword} />
          </>
        ) : (
          <Text>{t('team.invitation.existingAccount')}</Text>
        )}
        <LiveMessage message={message} testId="invitation-error" />
        <Button type="submit" loading={accept.isPending}>
          {t('team.invitation.accept')}
        </Button>
      </Stack>
    </form>
  );
}

/** The public page an invitation link opens: what it is for, then accepting it. */
export function InvitationPage() {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const { token } = useSearch({ from: '/invitation' });
  const invitation = useQuery({ ...invitationQuery(token ?? ''), enabled: Boolean(token) });
  const shell = {
    title: t('team.invitation.title'),
    intro: t('team.invitation.intro'),
    testId: 'invitation-page',
  };
  if (!token) {
    return (
      <AuthPage {...shell}>
        <LiveMessage message={t('team.invitation.missingToken')} />
        <LoginLink />
      </AuthPage>
    );
  }
  return (
    <AuthPage {...shell}>
      {invitation.isPending ? <Loading /> : null}
      {invitation.isError ? (
        <LoadError error={invitation.error} testId="invitation-invalid" />
      ) : null}
      {invitation.data ? (
        <>
          <Text fw={500} data-testid="invitation-summary">
            {t('team.invitation.summary', {
              name: invitation.data.displayName,
              email: invitation.data.email,
              role: roleLabel(invitation.data.role),
              organisation: invitation.data.organisationName,
            })}
          </Text>
          <AcceptForm token={token} invitation={invitation.data} />
        </>
      ) : null}
      <LoginLink />
    </AuthPage>
  );
}
