import { Button, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { useErrorMessage } from '../../ui/useErrorMessage.ts';
import { LoadError, Loading } from '../referential/LoadState.tsx';
import { rotateKey, signingKeysQuery } from './certificatesApi.ts';
import { keyFingerprint } from './keyFingerprint.ts';
import { useFormatDate } from './useFormatDate.ts';

/** The certifier's signing key in people's words: since when it signs, its short form, how many retired ones still verify, rotation. */
export function SigningKeyPanel({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation();
  const formatDate = useFormatDate();
  const errorMessage = useErrorMessage();
  const queryClient = useQueryClient();
  const query = useQuery(signingKeysQuery(organisationId));
  const rotation = useMutation({
    mutationFn: () => rotateKey(organisationId),
    onSuccess: (keys) => queryClient.setQueryData(signingKeysQuery(organisationId).queryKey, keys),
  });
  const active = query.data?.keys.find((key) => key.retiredAt === null);
  const retired = query.data?.keys.filter((key) => key.retiredAt !== null).length ?? 0;
  const rotate = () => {
    if (window.confirm(t('certificates.keys.confirmRotate'))) rotation.mutate();
  };
  return (
    <Stack gap="xs" data-testid="signing-key">
      <Title order={2}>{t('certificates.keys.title')}</Title>
      <Text size="sm">{t('certificates.keys.intro')}</Text>
      {query.isPending ? <Loading /> : null}
      {query.isError ? <LoadError error={query.error} /> : null}
      {query.data && !active ? <Text>{t('certificates.keys.none')}</Text> : null}
      {active ? (
        <>
          <Text>{t('certificates.keys.active', { date: formatDate(active.createdAt) })}</Text>
          <Text data-testid="key-fingerprint">
            {t('certificates.keys.fingerprint', {
              fingerprint: keyFingerprint(active.publicKeyMultibase),
            })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('certificates.keys.fingerprintHint')}
          </Text>
        </>
      ) : null}
      {retired > 0 ? (
        <Text size="sm">{t('certificates.keys.retired', { count: retired })}</Text>
      ) : null}
      <LiveMessage
        tone={rotation.isError ? 'error' : 'success'}
        message={
          rotation.isError
            ? errorMessage(rotation.error)
            : rotation.isSuccess
              ? t('certificates.keys.rotated')
              : null
        }
      />
      {active ? (
        <Button
          w="fit-content"
          variant="outline"
          onClick={rotate}
          loading={rotation.isPending}
          data-testid="rotate-key"
        >
          {t('certificates.keys.rotate')}
        </Button>
      ) : null}
    </Stack>
  );
}
