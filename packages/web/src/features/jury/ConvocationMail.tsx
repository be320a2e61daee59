// Issue 15: the certifier e-mails the session's convocations and sees, seat by seat, whether
// each arrived — "e-mail non remis" with the server's answer where one did not.

import { Button, Paper, Stack, Table, Text, Title } from '@mantine/core';
import IconMail from '@tabler/icons-react/icons/IconMail';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { apiFetch } from '../../app/apiClient.ts';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { useErrorMessage } from '../../ui/useErrorMessage.ts';
import { type Delivery, DeliveryState } from '../outbox/DeliveryState.tsx';
import type { SessionDetail } from './juryApi.ts';

type Deliveries = Array<{ seatId: string; delivery: Delivery }>;
type Sent = { sent: number; alreadySent: number; unreachable: number };

const path = (sessionId: string) =>
  `/api/jury/sessions/${encodeURIComponent(sessionId)}/convocations`;

const deliveriesQuery = (sessionId: string) =>
  queryOptions({
    queryKey: ['jury', 'sessions', sessionId, 'convocations'],
    queryFn: () => apiFetch<Deliveries>(path(sessionId)),
  });

const onItsWay = (d: Delivery) => d !== null && (d.state === 'queued' || d.state === 'sending');

export function ConvocationMail({ session }: { session: SessionDetail }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const deliveries = useQuery({
    ...deliveriesQuery(session.id),
    refetchInterval: (query) =>
      query.state.data?.some((d) => onItsWay(d.delivery)) ? 2000 : false,
  });
  const send = useMutation({
    mutationFn: () => apiFetch<Sent>(path(session.id), { method: 'POST' }),
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: deliveriesQuery(session.id).queryKey }),
  });
  const bySeat = new Map((deliveries.data ?? []).map((d) => [d.seatId, d.delivery]));
  if (session.candidates.length === 0) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="convocation-mail-title">
      <Stack gap="sm" data-testid="convocation-mail">
        <Title order={2} size="h3" id="convocation-mail-title">
          {t('convocationMail.title')}
        </Title>
        <Text>{t('convocationMail.intro')}</Text>
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('convocationMail.candidate')}</Table.Th>
              <Table.Th scope="col">{t('convocationMail.state')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {session.candidates.map((seat) => (
              <Table.Tr key={seat.id}>
                <Table.Th scope="row">{seat.name}</Table.Th>
                <Table.Td>
                  <DeliveryState
                    delivery={bySeat.get(seat.id) ?? null}
                    testId={`convocation-delivery-${seat.candidateId}`}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <LiveMessage
          tone={send.isError ? 'error' : 'success'}
          message={
            send.isError
              ? errorMessage(send.error)
              : send.data
                ? t('convocationMail.result', {
                    sent: send.data.sent,
                    already: send.data.alreadySent,
                    unreachable: send.data.unreachable,
                  })
                : null
          }
          testId="convocation-mail-result"
        />
        <Button
          leftSection={<IconMail size={16} aria-hidden />}
          w="fit-content"
          onClick={() => send.mutate()}
          loading={send.isPending}
          data-testid="send-convocations"
        >
          {t('convocationMail.send')}
        </Button>
      </Stack>
    </Paper>
  );
}
