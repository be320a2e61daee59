import { checkClone } from '@certeval/core/instruments/instrumentForms';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary } from '../../ui/ErrorSummary.tsx';
import { useFormProblems } from '../../ui/useFormProblems.ts';
import type { Membership } from '../auth/me.ts';
import { cloneInstrument } from './instrumentsApi.ts';
import { useOpenDraft } from './useOpenDraft.ts';

/** What is copied, and for whom: the pilot's company (adapt) or a national copy (duplicate). */
export type CloneTarget = {
  key: string;
  version: string;
  title: string;
  mode: 'adapt' | 'duplicate';
};

const FIELDS = ['title', 'key'] as const;

type Props = { space: Membership; target: CloneTarget | null; onClose: () => void };

function CloneForm({ space, target, onClose }: Props & { target: CloneTarget }) {
  const { t } = useTranslation();
  const openDraft = useOpenDraft(space);
  const organisation = space.organisationName;
  const [title, setTitle] = useState(
    target.mode === 'adapt'
      ? t('instruments.clone.adaptDefault', { title: target.title, organisation })
      : t('instruments.clone.duplicateDefault', { title: target.title }),
  );
  const [key, setKey] = useState('');
  const body = {
    ...(target.mode === 'adapt' ? { organisationId: space.organisationId } : {}),
    title: title.trim(),
    ...(key.trim() ? { key: key.trim() } : {}),
  };
  const clone = useMutation({
    mutationFn: () => cloneInstrument(target.key, target.version, body),
    onSuccess: (draft) => openDraft(draft, onClose),
  });
  const form = useFormProblems({
    fields: FIELDS,
    label: (field) =>
      t(field === 'title' ? 'instruments.clone.titleField' : 'instruments.clone.key'),
    name: 'clone',
    error: clone.error,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (form.accept(checkClone(body, 'body'))) clone.mutate();
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">
          {target.mode === 'adapt'
            ? t('instruments.clone.adaptIntro')
            : t('instruments.clone.duplicateIntro')}
        </Text>
        <ErrorSummary {...form.summary} testId="clone-error" />
        <TextInput
          {...form.field('title')}
          label={t('instruments.clone.titleField')}
          required
          data-autofocus
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          data-testid="clone-title"
        />
        <TextInput
          {...form.field('key')}
          label={t('instruments.clone.key')}
          description={t('instruments.clone.keyHelp')}
          value={key}
          onChange={(event) => setKey(event.currentTarget.value)}
          data-testid="clone-key"
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
