import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LiveMessage } from '../../ui/LiveMessage.tsx';
import { useErrorMessage } from '../../ui/useErrorMessage.ts';
import type { Membership } from '../auth/me.ts';
import { cloneInstrument } from './instrumentsApi.ts';
import { KEY_PATTERN } from './newInstrument.ts';
import { useOpenDraft } from './useOpenDraft.ts';

/** What is copied, and for whom: the pilot's company (adapt) or a national copy (duplicate). */
export type CloneTarget = {
  key: string;
  version: string;
  title: string;
  mode: 'adapt' | 'duplicate';
};

type Props = { space: Membership; target: CloneTarget | null; onClose: () => void };

function CloneForm({ space, target, onClose }: Props & { target: CloneTarget }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const openDraft = useOpenDraft(space);
  const organisation = space.organisationName;
  const [title, setTitle] = useState(
    target.mode === 'adapt'
      ? t('instruments.clone.adaptDefault', { title: target.title, organisation })
      : t('instruments.clone.duplicateDefault', { title: target.title }),
  );
  const [key, setKey] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const clone = useMutation({
    mutationFn: () =>
      cloneInstrument(target.key, target.version, {
        ...(target.mode === 'adapt' ? { organisationId: space.organisationId } : {}),
        title: title.trim(),
        ...(key.trim() ? { key: key.trim() } : {}),
      }),
    onSuccess: (draft) => openDraft(draft, onClose),
  });
  const titleError = submitted && title.trim() === '' ? t('instruments.create.required') : null;
  const keyError =
    key.trim() !== '' && !KEY_PATTERN.test(key.trim()) ? t('instruments.create.keyInvalid') : null;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (title.trim() === '' || keyError) return;
    clone.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">
          {target.mode === 'adapt'
            ? t('instruments.clone.adaptIntro')
            : t('instruments.clone.duplicateIntro')}
        </Text>
        <TextInput
          label={t('instruments.clone.titleField')}
          required
          data-autofocus
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          error={titleError}
          data-testid="clone-title"
        />
        <TextInput
          label={t('instruments.clone.key')}
          description={t('instruments.clone.keyHelp')}
          value={key}
          onChange={(event) => setKey(event.currentTarget.value)}
          error={keyError}
          data-testid="clone-key"
        />
        <LiveMessage
          message={clone.error ? errorMessage(clone.error) : null}
          testId="clone-error"
        />
        <Group gap="sm">
          <Button type="submit" loading={clone.isPending} data-testid="clone-submit">
            {t('instruments.clone.submit')}
          </Button>
          <Button variant="default" onClick={onClose}>
            {t('instruments.clone.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** "Adapter pour mon entreprise" / "Dupliquer": a title for the copy, then its editor. */
export function CloneDialog({ space, target, onClose }: Props) {
  const { t } = useTranslation();
  const title = target
    ? target.mode === 'adapt'
      ? t('instruments.clone.adaptTitle', {
          title: target.title,
          organisation: space.organisationName,
        })
      : t('instruments.clone.duplicateTitle', { title: target.title })
    : '';
  return (
    <Modal
      opened={target !== null}
      onClose={onClose}
      title={title}
      size="lg"
      data-testid="clone-dialog"
    >
      {target ? (
        <CloneForm
          key={`${target.key}@${target.version}:${target.mode}`}
          space={space}
          target={target}
          onClose={onClose}
        />
      ) : null}
    </Modal>
  );
}
