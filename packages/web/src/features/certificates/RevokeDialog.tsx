import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ReasonDialog } from '../../ui/ReasonDialog.tsx';
import { useErrorMessage } from '../../ui/useErrorMessage.ts';
import { type CertificateSummary, revoke } from './certificatesApi.ts';

type Props = { document: CertificateSummary; onClose: () => void };

/** Revoking asks for the reason, shown to whoever verifies the document afterwards. */
export function RevokeDialog({ document, onClose }: Props) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const mutation = useMutation({
    mutationFn: (reason: string) => revoke(document.id, reason),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['certificates'] });
      await queryClient.invalidateQueries({ queryKey: ['statistics'] });
      onClose();
    },
  });
  return (
    <ReasonDialog
      title={t('certificates.revoke.title', { number: document.number })}
      intro={t('certificates.revoke.explain')}
      label={t('certificates.revoke.reason')}
      confirm={t('certificates.revoke.confirm')}
      cancel={t('certificates.revoke.cancel')}
      color="red"
      maxLength={500}
      testId="revoke"
      pending={mutation.isPending}
      error={mutation.isError ? errorMessage(mutation.error) : null}
      onConfirm={(reason) => mutation.mutate(reason)}
      onClose={onClose}
    />
  );
}
