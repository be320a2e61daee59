import type { Role } from '@certeval/core/organisation/roles';
import { Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { ResponsiveTable } from '../../ui/ResponsiveTable.tsx';
import { useErrorMessage } from '../../ui/useErrorMessage.ts';
import { DeliveryState } from '../outbox/DeliveryState.tsx';
import { LoadError, Loading } from '../referential/LoadState.tsx';
import { InviteForm } from './InviteForm.tsx';
import {
  cancelInvitation,
  type OpenInvitation,
  type People,
  peopleQuery,
  resendInvitation,
} from './teamApi.ts';
import { useFormatInstant, useRoleLabel } from './useTeamFormat.ts';

function PeopleTable({ data }: { data: People }) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  return (
    <Stack gap="xs" component="section" aria-labelledby="people-title">
      <Title order={2} id="people-title" size="h3">
        {t('team.people.title')}
      </Title>
      {data.people.length === 0 ? (
        <Text>{t('team.people.empty')}</Text>
      ) : (
        <ResponsiveTable
          columns={[
            { key: 'name', header: t('team.people.name'), cell: (p) => p.displayName },
            { key: 'email', header: t('team.people.email'), cell: (p) => p.email },
            {
              key: 'roles',
              header: t('team.people.roles'),
              cell: (p) => (
                <Group gap={4}>
                  {p.roles.map((role) => (
                    <Badge key={role} variant="outline" color="gray.7">
                      {roleLabel(role)}
                    </Badge>
                  ))}
                </Group>
              ),
            },
          ]}
          rows={data.people}
          rowKey={(p) => p.id}
          rowTestId={(p) => `person-${p.email}`}
          minWidth={560}
          data-testid="people-table"
        />
      )}
    </Stack>
  );
}

function CancelButton({ organisationId, invitation, onCancelled }: CancelProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const cancel = useMutation({
    mutationFn: () => cancelInvitation(organisationId, invitation.id),
    onSuccess: async () => {
      onCancelled(t('team.invitations.cancelled', { name: invitation.displayName }));
      await queryClient.invalidateQueries({ queryKey: peopleQuery(organisationId).queryKey });
    },
  });
  return (
    <Stack gap={4} align="flex-start">
      <Button
        variant="default"
        size="compact-sm"
        onClick={() => cancel.mutate()}
        loading={cancel.isPending}
        aria-label={t('team.invitations.cancelLabel', { name: invitation.displayName })}
      >
        {t('team.invitations.cancel')}
      </Button>
      <LiveMessage message={cancel.isError ? errorMessage(cancel.error) : null} />
    </Stack>
  );
}

/** Sends the invitation again: a new link goes to the person, the former one is void. */
function ResendButton({ organisationId, invitation, onCancelled: onDone }: CancelProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const formatInstant = useFormatInstant();
  const queryClient = useQueryClient();
  const resend = useMutation({
    mutationFn: () => resendInvitation(organisationId, invitation.id),
    onSuccess: async (sent) => {
      onDone(
        t('team.invitations.resent', {
          name: invitation.displayName,
          date: formatInstant(sent.expiresAt),
        }),
      );
      await queryClient.invalidateQueries({ queryKey: peopleQuery(organisationId).queryKey });
    },
  });
  return (
    <Stack gap={4} align="flex-start">
      <Button
        variant="default"
        size="compact-sm"
        onClick={() => resend.mutate()}
        loading={resend.isPending}
        aria-label={t('team.invitations.resendLabel', { name: invitation.displayName })}
      >
        {t('team.invitations.resend')}
      </Button>
      <LiveMessage message={resend.isError ? errorMessage(resend.error) : null} />
    </Stack>
  );
}

type CancelProps = {
  organisationId: string;
  invitation: OpenInvitation;
  onCancelled: (message: string) => void;
};

function InvitationsTable({ data }: { data: People }) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const formatInstant = useFormatInstant();
  const [cancelled, setCancelled] = useState<string | null>(null);
  return (
    <Stack gap="xs" component="section" aria-labelledby="invitations-title">
      <Title order={2} id="invitations-title" size="h3">
        {t('team.invitations.title')}
      </Title>
      <LiveMessage message={cancelled} tone="success" testId="invitation-cancelled" />
      {data.invitations.length === 0 ? (
        <Text>{t('team.invitations.empty')}</Text>
      ) : (
        <ResponsiveTable
          columns={[
            { key: 'name', header: t('team.invitations.name'), cell: (i) => i.displayName },
            { key: 'email', header: t('team.invitations.email'), cell: (i) => i.email },
            { key: 'role', header: t('team.invitations.role'), cell: (i) => roleLabel(i.role) },
            {
              key: 'by',
              header: t('team.invitations.invitedBy'),
              cell: (i) => i.invitedBy ?? '—',
            },
            {
              key: 'expires',
              header: t('team.invitations.expires'),
              cell: (i) => formatInstant(i.expiresAt),
            },
            {
              key: 'delivery',
              header: t('team.invitations.delivery'),
              cell: (i) => (
                <DeliveryState delivery={i.delivery} testId={`invitation-delivery-${i.email}`} />
              ),
            },
            {
              key: 'actions',
              header: t('team.invitations.actions'),
              cell: (invitation) =>
                invitation.canCancel ? (
                  <Group gap="xs" align="flex-start">
                    <ResendButton
                      organisationId={data.organisation.id}
                      invitation={invitation}
                      onCancelled={setCancelled}
                    />
                    <CancelButton
                      organisationId={data.organisation.id}
                      invitation={invitation}
                      onCancelled={setCancelled}
                    />
                  </Group>
                ) : null,
            },
          ]}
          rows={data.invitations}
          rowKey={(i) => i.id}
          rowTestId={(i) => `invitation-${i.email}`}
          minWidth={860}
          data-testid="invitations-table"
        />
      )}
    </Stack>
  );
}

const isOnItsWay = (state: string) => state === 'queued' || state === 'sending';

/** The people of one organisation, its open invitations and the form to invite someone. */
export function TeamPanel({ organisationId, actor }: { organisationId: string; actor: Role }) {
  // While an invitation's e-mail is on its way, its state is read again every few seconds.
  const people = useQuery({
    ...peopleQuery(organisationId),
    refetchInterval: (query) =>
      query.state.data?.invitations.some((i) => i.delivery && isOnItsWay(i.delivery.state))
        ? 2000
        : false,
  });
  if (people.isPending) return <Loading />;
  if (people.isError) return <LoadError error={people.error} />;
  return (
    <Stack gap="xl" data-testid="team-panel">
      <PeopleTable data={people.data} />
      <InvitationsTable data={people.data} />
      <InviteForm
        organisationId={organisationId}
        kind={people.data.organisation.kind}
        actor={actor}
      />
    </Stack>
  );
}
