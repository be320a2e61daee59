// Erasing a person (issue 19 item 5): the preview restated — what is erased, kept without
// identity, kept by law and why — and a confirmation the certifier ticks before the erasure runs.
import { Alert, Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../ui/useErrorMessage.ts';
import { ErasureLines } from './ErasureLines.tsx';
import { type Erasure, erasePerson, type PersonRef } from './personalDataApi.ts';

type Props = {
  name: string;
  personRef: PersonRef;
  preview: Erasure;
  onClose: () => void;
  onErased: (answer: Erasure) => void;
};

export function ErasureDialog({ name, personRef, preview, onClose, onErased }: Props) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [confirmed, setConfirmed] = useState(false);
  const erase = useMutation({ mutationFn: () => erasePerson(personRef), onSuccess: onErased });
  return (
    <Modal
      opened
      onClose={onClose}
      size="lg"
      title={t('personalData.erasure.title', { name })}
      closeButtonProps={{ 'aria-label': t('personalData.erasure.cancel') }}
    >
      <Stack gap="md" data-testid="erasure-dialog">
        <Text>{t('personalData.erasure.intro')}</Text>
        <ErasureLines answer={preview} />
        {erase.isError ? (
          <Alert color="red" role="alert">
            {errorMessage(erase.error)}
          </Alert>
        ) : null}
        <Checkbox
          label={t('personalData.erasure.confirm')}
          checked={confirmed}
          onChange={(event) => setConfirmed(event.currentTarget.checked)}
          data-testid="erasure-confirm"
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('personalData.erasure.cancel')}
          </Button>
          <Button
            color="red"
            disabled={!confirmed}
            loading={erase.isPending}
            onClick={() => erase.mutate()}
            data-testid="erasure-submit"
          >
            {t('personalData.erasure.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
