// Issue 15, item 6: where the e-mail of an action stands, beside the action — "envoyée", or
// "e-mail non remis" with the server's answer — for the invitations and the convocations.
import { Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export type Delivery = {
  messageId: string | null;
  state: 'queued' | 'sending' | 'sent' | 'failed' | 'stored' | 'muted';
  lastError: string | null;
  sentAt: string | null;
} | null;

const COLORS = {
  queued: 'gray.7',
  sending: 'gray.7',
  sent: 'green.9',
  stored: 'green.9',
  failed: 'red.9',
  muted: 'gray.7',
} as const;

export function DeliveryState({ delivery, testId }: { delivery: Delivery; testId?: string }) {
  const { t } = useTranslation();
  if (!delivery)
    return (
      <Text size="sm" c="dimmed" data-testid={testId}>
        {t('outbox.delivery.none')}
      </Text>
    );
  return (
    <Stack gap={2} align="flex-start" data-testid={testId}>
      <Badge variant="light" color={COLORS[delivery.state]}>
        {t(`outbox.delivery.${delivery.state}`)}
      </Badge>
      {delivery.state === 'failed' && delivery.lastError ? (
        <Text size="sm" c="red.9">
          {t('outbox.delivery.answer', { answer: delivery.lastError })}
        </Text>
      ) : null}
    </Stack>
  );
}
