import { invitableRoles } from '@certeval/core/organisation/invitations';
import { checkInvitation } from '@certeval/core/organisation/organisationForms';
import type { OrganisationKind, Role } from '@certeval/core/organisation/roles';
import { Button, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import IconUserPlus from '@tabler/icons-react/icons/IconUserPlus';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { useFormProblems } from '../../ui/useFormProblems.ts';
import { type InvitationInput, invite, peopleQuery } from './teamApi.ts';
import { useFormatInstant, useRoleLabel } from './useTeamFormat.ts';

type Props = {
  organisationId: string;
  kind: OrganisationKind;
  actor: Role;
  /** Invite with this role only (the pilot's tutors section invites tutors). */
  only?: Role;
};

const FIELDS = ['displayName', 'email', 'role'] as const;

/** Invites a person with a role: Certeval e-mails them the link (issue 15); the inviter never sees it. */
export function InviteForm({ organisationId, kind, actor, only }: Props) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const formatInstant = useFormatInstant();
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
  const form = useFormProblems({
    fields: FIELDS,
    label: (field) => t(`team.invite.${field}`),
    name: 'invite',
    error: create.error,
  });
  if (roles.length === 0) return null;
  const selected = role && roles.includes(role) ? role : roles[0];

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = { email: email.trim(), displayName: displayName.trim(), role: selected };
    if (form.accept(checkInvitation(input, 'body')) && selected)
      create.mutate({ ...input, role: selected });
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
          <form onSubmit={submit} noValidate data-testid="invite-form">
            <Stack gap="sm">
              <ErrorSummary {...form.summary} testId="invite-problems" />
              <TextInput
                {...form.field('displayName')}
                label={t('team.invite.displayName')}
                name="displayName"
                required
                value={displayName}
                onChange={(event) => setDisplayName(event.currentTarget.value)}
              />
              <TextInput
                {...form.field('email')}
                label={t('team.invite.email')}
                name="email"
                type="email"
                required
                value={email}
                onChange={(event) => setEmail(event.currentTarget.value)}
              />
              <NativeSelect
                {...form.field('role')}
                label={t('team.invite.role')}
                name="role"
                value={selected}
                onChange={(event) => setRole(event.currentTarget.value as Role)}
                data={roles.map((r) => ({ value: r, label: roleLabel(r) }))}
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
