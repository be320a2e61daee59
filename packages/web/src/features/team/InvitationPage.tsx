import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearch } from '@tanstack/react-router';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { useErrorMessage } from '../../ui/useErrorMessage.ts';
import { useFormProblems } from '../../ui/useFormProblems.ts';
import { AuthPage } from '../auth/AuthPage.tsx';
import { meQuery } from '../auth/authApi.ts';
import {
  NEW_PASSWORD_FIELDS,
  NewPasswordFields,
  useNewPassword,
} from '../auth/NewPasswordFields.tsx';
import { useLogout } from '../auth/useLogout.ts';
import { LoadError, Loading } from '../referential/LoadState.tsx';
import { type InvitationSummary, invitationQuery } from './teamApi.ts';
import { useAnswerInvitation } from './useAnswerInvitation.ts';
import { useRoleLabel } from './useTeamFormat.ts';

type Answer = ReturnType<typeof useAnswerInvitation>;
type Props = { token: string; invitation: InvitationSummary; answer: Answer };

function LoginLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/login" w="fit-content" data-testid="invitation-to-login">
      {t('team.invitation.toLogin')}
    </Anchor>
  );
}

function AnswerError({ answer }: { answer: Answer }) {
  const errorMessage = useErrorMessage();
  const failed = answer.accept.error ?? answer.decline.error;
  return <LiveMessage message={failed ? errorMessage(failed) : null} testId="invitation-error" />;
}

function DeclineButton({ answer }: { answer: Answer }) {
  const { t } = useTranslation();
  return (
    <Button
      variant="default"
      onClick={() => answer.decline.mutate()}
      loading={answer.decline.isPending}
      disabled={answer.accept.isPending}
    >
      {t('team.invitation.decline')}
    </Button>
  );
}

/** An address without an account: the account is created with the password chosen here. */
function NewAccountForm({ invitation, answer }: Props) {
  const { t } = useTranslation();
  const newPassword = useNewPassword();
  const form = useFormProblems({
    fields: NEW_PASSWORD_FIELDS,
    label: (field) => t(`reset.${field}`),
    name: 'invitation',
    error: answer.accept.error ?? answer.decline.error,
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (form.accept(newPassword.problems())) answer.accept.mutate(newPassword.password);
  };
  return (
    <form onSubmit={submit} noValidate data-testid="invitation-form">
      <Stack gap="md">
        <Text>{t('team.invitation.newAccount', { email: invitation.email })}</Text>
        <Text>{t('team.invitation.choosePassword')}</Text>
        <ErrorSummary {...form.summary} testId="invitation-error" />
        <NewPasswordFields state={newPassword} form={form} />
        <Group gap="sm">
          <Button type="submit" loading={answer.accept.isPending}>
            {t('team.invitation.accept')}
          </Button>
          <DeclineButton answer={answer} />
        </Group>
      </Stack>
    </form>
  );
}

/** An existing account and nobody signed in: sign in, then come back here to answer. */
function SignInToAnswer({ token, invitation }: Props) {
  const { t } = useTranslation();
  const back = `/invitation?token=${encodeURIComponent(token)}`;
  return (
    <Stack gap="md" data-testid="invitation-sign-in">
      <Text>{t('team.invitation.existingAccount', { email: invitation.email })}</Text>
      <Button
        renderRoot={(props) => (
          <Link to="/login" search={{ redirect: back, email: invitation.email }} {...props} />
        )}
        w="fit-content"
        data-testid="invitation-sign-in-link"
      >
        {t('team.invitation.signInToAnswer')}
      </Button>
      <Text size="sm" c="dimmed">
        {t('team.invitation.noPasswordYet')}
      </Text>
    </Stack>
  );
}

/** Signed in as the invited account: accept (the role is added) or decline. */
function AnswerAsInvitee({ answer }: Props) {
  const { t } = useTranslation();
  const { data: me } = useQuery(meQuery);
  return (
    <Stack gap="md" data-testid="invitation-answer">
      <Text>{t('team.invitation.signedInAs', { name: me?.displayName ?? '' })}</Text>
      <AnswerError answer={answer} />
      <Group gap="sm">
        <Button
          onClick={() => answer.accept.mutate(undefined)}
          loading={answer.accept.isPending}
          disabled={answer.decline.isPending}
        >
          {t('team.invitation.accept')}
        </Button>
        <DeclineButton answer={answer} />
      </Group>
    </Stack>
  );
}

/** Signed in as another account: only the invited one may answer. */
function NotYours({ token, invitation }: Props) {
  const { t } = useTranslation();
  const { data: me } = useQuery(meQuery);
  const logout = useLogout(`/invitation?token=${encodeURIComponent(token)}`);
  return (
    <Stack gap="md" data-testid="invitation-not-yours">
      <Text>
        {t('team.invitation.someoneElse', { name: me?.displayName ?? '', email: invitation.email })}
      </Text>
      <Button
        variant="default"
        w="fit-content"
        onClick={() => logout.mutate()}
        loading={logout.isPending}
      >
        {t('team.invitation.switchAccount')}
      </Button>
    </Stack>
  );
}

const byStanding = {
  new_account: NewAccountForm,
  sign_in: SignInToAnswer,
  invitee: AnswerAsInvitee,
  someone_else: NotYours,
} as const;

function Invitation({ token, invitation }: Omit<Props, 'answer'>) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const answer = useAnswerInvitation({ token });
  const Standing = byStanding[invitation.standing];
  return (
    <>
      <Text fw={500} data-testid="invitation-summary">
        {t('team.invitation.summary', {
          name: invitation.displayName,
          email: invitation.email,
          role: roleLabel(invitation.role),
          organisation: invitation.organisationName,
        })}
      </Text>
      {answer.decline.isSuccess ? (
        <LiveMessage
          message={t('team.invitation.declined')}
          tone="success"
          testId="invitation-declined"
        />
      ) : (
        <Standing token={token} invitation={invitation} answer={answer} />
      )}
    </>
  );
}

/** The page an invitation link opens: what it is for, then the answer its reader may give. */
export function InvitationPage() {
  const { t } = useTranslation();
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
      {invitation.data ? <Invitation token={token} invitation={invitation.data} /> : null}
      {/* Signing in is the way on from a spent link; the other standings show their own. */}
      {!invitation.data || invitation.data.standing === 'new_account' ? <LoginLink /> : null}
    </AuthPage>
  );
}
