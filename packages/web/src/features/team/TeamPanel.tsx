import type { Role } from '@certeval/core/organisation/roles';
import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
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
        <Table.ScrollContainer minWidth={560}>
          <Table verticalSpacing="sm" striped data-testid="people-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('team.people.name')}</Table.Th>
                <Table.Th scope="col">{t('team.people.email')}</Table.Th>
                <Table.Th scope="col">{t('team.people.roles')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.people.map((person) => (
                <Table.Tr key={person.id} data-testid={`person-${person.email}`}>
                  <Table.Th scope="row" fw={600}>
                    {person.displayName}
                  </Table.Th>
                  <Table.Td>{person.email}</Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {person.roles.map((role) => (
                        <Badge key={role} variant="outline" color="gray.7">
                          {roleLabel(role)}
                        </Badge>
                      ))}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
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
        <Table.ScrollContainer minWidth={860}>
          <Table verticalSpacing="sm" striped data-testid="invitations-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('team.invitations.name')}</Table.Th>
                <Table.Th scope="col">{t('team.invitations.email')}</Table.Th>
                <Table.Th scope="col">{t('team.invitations.role')}</Table.Th>
                <Table.Th scope="col">{t('team.invitations.invitedBy')}</Table.Th>
                <Table.Th scope="col">{t('team.invitations.expires')}</Table.Th>
                <Table.Th scope="col">{t('team.invitations.delivery')}</Table.Th>
                <Table.Th scope="col">{t('team.invitations.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.invitations.map((invitation) => (
                <Table.Tr key={invitation.id} data-testid={`invitation-${invitation.email}`}>
                  <Table.Th scope="row" fw={600}>
                    {invitation.displayName}
                  </Table.Th>
                  <Table.Td>{invitation.email}</Table.Td>
                  <Table.Td>{roleLabel(invitation.role)}</Table.Td>
                  <Table.Td>{invitation.invitedBy ?? '—'}</Table.Td>
                  <Table.Td>{formatInstant(invitation.expiresAt)}</Table.Td>
                  <Table.Td>
                    <DeliveryState
                      delivery={invitation.delivery}
                      testId={`invitation-delivery-${invitation.email}`}
                    />
                  </Table.Td>
                  <Table.Td>
                    {invitation.canCancel ? (
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
                    ) : null}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
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
