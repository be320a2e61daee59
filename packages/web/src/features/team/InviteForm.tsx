import { invitableRoles } from '@certeval/core/organisation/invitations';
import type { OrganisationKind, Role } from '@certeval/core/organisation/roles';
import { Button, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import IconUserPlus from '@tabler/icons-react/icons/IconUserPlus';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../app/apiClient.ts';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { useErrorMessage } from '../../ui/useErrorMessage.ts';
import { type InvitationInput, invite, peopleQuery } from './teamApi.ts';
import { useFormatInstant, useRoleLabel } from './useTeamFormat.ts';

type Props = {
  organisationId: string;
  kind: OrganisationKind;
  actor: Role;
  /** Invite with this role only (the pilot's tutors section invites tutors). */
  only?: Role;
};

function fieldInError(error: unknown, field: string): boolean {
  return error instanceof ApiError && (error.path?.endsWith(`/${field}`) ?? false);
}

/** Invites a person with a role: Certeval e-mails them the link (issue 15); the inviter never sees it. */
export function InviteForm({ organisationId, kind, actor, only }: Props) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const formatInstant = useFormatInstant();
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const roles = invitableRoles(actor, kind).filter((r) => only === undefined || r === only);
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role | undefined>(roles[0]);
  const [invited, setInvited] = useState({ name: '', email: '' });
  const create = useMutation({
    mutationFn: (input: InvitationInput) => invite(organisationId, input),
    onSuccess: (_created, input) => {
      setInvited({ name: input.displayName, email: input.email });
      setEmail('');
      setDisplayName('');
      return queryClient.invalidateQueries({ queryKey: peopleQuery(organisationId).queryKey });
    },
  });
  if (roles.length === 0) return null;
  const selected = role && roles.includes(role) ? role : roles[0];

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!selected) return;
    create.mutate({ email: email.trim(), displayName: displayName.trim(), role: selected });
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="invite-title">
      <Stack gap="sm">
        <Title order={2} id="invite-title" size="h3">
          {t('team.invite.title')}
        </Title>
        <Text>{t('team.invite.intro')}</Text>
        {create.isSuccess ? (
          <Stack gap="sm" data-testid="invitation-created">
            <LiveMessage
              tone="success"
              message={t('team.invite.created', {
                name: invited.name,
                email: invited.email,
                date: formatInstant(create.data.expiresAt),
              })}
            />
            <Button variant="subtle" w="fit-content" onClick={() => create.reset()}>
              {t('team.invite.another')}
            </Button>
          </Stack>
        ) : (
          <form onSubmit={submit} data-testid="invite-form">
            <Stack gap="sm">
              <TextInput
                label={t('team.invite.displayName')}
                name="displayName"
                required
                maxLength={200}
                value={displayName}
                onChange={(event) => setDisplayName(event.currentTarget.value)}
                error={fieldInError(create.error, 'displayName')}
              />
              <TextInput
                label={t('team.invite.email')}
                name="email"
                type="email"
                required
                maxLength={200}
                value={email}
                onChange={(event) => setEmail(event.currentTarget.value)}
                error={fieldInError(create.error, 'email')}
              />
              <NativeSelect
                label={t('team.invite.role')}
                name="role"
                value={selected}
                onChange={(event) => setRole(event.currentTarget.value as Role)}
                data={roles.map((r) => ({ value: r, label: roleLabel(r) }))}
                error={fieldInError(create.error, 'role')}
              />
              <LiveMessage
                message={create.isError ? errorMessage(create.error) : null}
                testId="invite-error"
              />
              <Button
                leftSection={<IconUserPlus size={16} aria-hidden />}
                type="submit"
                loading={create.isPending}
                w="fit-content"
              >
                {t('team.invite.submit')}
              </Button>
            </Stack>
          </form>
        )}
      </Stack>
    </Paper>
  );
}
