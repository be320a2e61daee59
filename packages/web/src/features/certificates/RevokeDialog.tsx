import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { useErrorMessage } from '../../ui/useErrorMessage.ts';
import { type CertificateSummary, revoke } from './certificatesApi.ts';

type Props = { document: CertificateSummary; onClose: () => void };

/** Revoking asks for the reason, shown to whoever verifies the document afterwards. */
export function RevokeDialog({ document, onClose }: Props) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const mutation = useMutation({
    mutationFn: () => revoke(document.id, reason.trim()),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['certificates'] });
      await queryClient.invalidateQueries({ queryKey: ['statistics'] });
      onClose();
    },
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reason.trim()) mutation.mutate();
  };
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('certificates.revoke.title', { number: document.number })}
    >
      <form onSubmit={submit} data-testid="revoke-form">
        <Stack gap="sm">
          <Text size="sm">{t('certificates.revoke.explain')}</Text>
          <Textarea
            label={t('certificates.revoke.reason')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            required
            withAsterisk={false}
            maxLength={500}
            autosize
            minRows={2}
            data-testid="revoke-reason"
            data-autofocus
          />
          <LiveMessage message={mutation.isError ? errorMessage(mutation.error) : null} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('certificates.revoke.cancel')}
            </Button>
            <Button
              type="submit"
              color="red"
              loading={mutation.isPending}
              data-testid="revoke-confirm"
            >
              {t('certificates.revoke.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
