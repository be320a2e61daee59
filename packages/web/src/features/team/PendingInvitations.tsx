import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { useErrorMessage } from '../../ui/useErrorMessage.ts';
import { type PendingInvitation, pendingInvitationsQuery } from './teamApi.ts';
import { useAnswerInvitation } from './useAnswerInvitation.ts';
import { useFormatInstant, useRoleLabel } from './useTeamFormat.ts';

type Offer = { role: string; organisation: string; date: string };

function PendingRow({
  invitation,
  onDeclined,
}: {
  invitation: PendingInvitation;
  onDeclined: (offer: Offer) => void;
}) {
  const { t } = useTranslation();
  const roleLabel = useRoleLabel();
  const formatInstant = useFormatInstant();
  const errorMessage = useErrorMessage();
  const { accept, decline } = useAnswerInvitation({ id: invitation.id });
  const failed = accept.error ?? decline.error;
  const offer: Offer = {
    role: roleLabel(invitation.role),
    organisation: invitation.organisationName,
    date: formatInstant(invitation.expiresAt),
  };
  return (
    <Paper withBorder p="sm" data-testid={`pending-invitation-${invitation.id}`}>
      <Stack gap="xs">
        <Text fw={500}>{t('team.pending.offer', offer)}</Text>
        <Text size="sm" c="dimmed">
          {invitation.invitedBy
            ? t('team.pending.by', { name: invitation.invitedBy, date: offer.date })
            : t('team.pending.until', { date: offer.date })}
        </Text>
        <Group gap="sm">
          <Button
            onClick={() => accept.mutate(undefined)}
            loading={accept.isPending}
            disabled={decline.isPending}
            aria-label={t('team.pending.acceptLabel', offer)}
          >
            {t('team.invitation.accept')}
          </Button>
          <Button
            variant="default"
            onClick={() => decline.mutate(undefined, { onSuccess: () => onDeclined(offer) })}
            loading={decline.isPending}
            disabled={accept.isPending}
            aria-label={t('team.pending.declineLabel', offer)}
          >
            {t('team.invitation.decline')}
          </Button>
        </Group>
        <LiveMessage message={failed ? errorMessage(failed) : null} />
      </Stack>
    </Paper>
  );
}

/** The invitations waiting for the signed-in person's answer; nothing when there are none. */
export function PendingInvitations() {
  const { t } = useTranslation();
  const pending = useQuery(pendingInvitationsQuery);
  const [declined, setDeclined] = useState<string | null>(null);
  const rows = pending.data ?? [];
  if (rows.length === 0 && !declined) return null;
  return (
    <Stack
      gap="sm"
      component="section"
      aria-labelledby="pending-title"
      data-testid="pending-invitations"
    >
      <Title order={2} size="h3" id="pending-title">
        {t('team.pending.title')}
      </Title>
      {rows.length > 0 ? <Text>{t('team.pending.intro')}</Text> : null}
      {rows.map((invitation) => (
        <PendingRow
          key={invitation.id}
          invitation={invitation}
          onDeclined={(offer) => setDeclined(t('team.pending.declined', offer))}
        />
      ))}
      <LiveMessage message={declined} tone="success" testId="pending-declined" />
    </Stack>
  );
}
